import { useState } from 'preact/hooks';
import { BrandMark } from '../../components/BrandMark';
import { useNow } from '../../components/hooks';
import { t, useLocale } from '../../components/i18n';
import { Spinner } from '../../components/StatusIcon';
import { AddArea } from './AddArea';
import { BackpackCard, CorruptCard } from './BackpackCard';
import { downloadBase64 } from './download';
import { NotifyToggle } from './NotifyToggle';
import { useBackpack } from './use-backpack';

function DeleteAll({ count, onDelete }: { count: number; onDelete: () => void }) {
  const [asking, setAsking] = useState(false);
  if (count === 0) return null;
  return asking ? (
    <button
      type="button"
      class="bl-button bl-button-danger"
      data-testid="backpack-delete-all-confirm"
      onClick={() => {
        setAsking(false);
        onDelete();
      }}
      onBlur={() => setAsking(false)}
    >
      {t('backpack_delete_all_confirm', count)}
    </button>
  ) : (
    <button type="button" class="bl-button" data-testid="backpack-delete-all" onClick={() => setAsking(true)}>
      {t('backpack_delete_all')}
    </button>
  );
}

/** The learner's backpack page. */
export function Backpack() {
  useLocale();
  const now = useNow();
  const actions = useBackpack();
  const { items, busy, error } = actions.state;
  const exportZip = () =>
    void actions
      .exportZip()
      .then(
        (base64) => base64 && downloadBase64(base64, `badge-lens-backpack-${new Date().toISOString().slice(0, 10)}.zip`, 'application/zip'),
      );
  return (
    <div class="bl-backpack">
      <header class="bl-options-header">
        <BrandMark size={28} />
        <div>
          <h1>{t('backpack_title')}</h1>
          <p class="bl-muted">{t('backpack_subtitle')}</p>
        </div>
      </header>
      <AddArea add={actions.add} busy={busy} />
      <div class="bl-backpack-toolbar">
        <button
          type="button"
          class="bl-button"
          data-testid="recheck-all"
          disabled={busy || !items?.length}
          onClick={() => void actions.recheck()}
        >
          {t('backpack_recheck_all')}
        </button>
        <button type="button" class="bl-button" data-testid="backpack-export" disabled={busy || !items?.length} onClick={exportZip}>
          {t('backpack_export')}
        </button>
        <DeleteAll count={items?.length ?? 0} onDelete={() => void actions.remove()} />
        <span class="bl-muted" role="status" data-testid="backpack-status">
          {busy ? (
            <>
              <Spinner size={12} /> {t('backpack_working')}
            </>
          ) : items ? (
            items.length === 1 ? (
              t('backpack_count_one')
            ) : (
              t('backpack_count', items.length)
            )
          ) : (
            ''
          )}
        </span>
        <NotifyToggle />
      </div>
      {error ? (
        <p class="bl-field-error" role="alert">
          {error}
        </p>
      ) : null}
      {items && items.length === 0 ? <p class="bl-panel">{t('backpack_empty')}</p> : null}
      <ul class="bl-backpack-grid" aria-label={t('backpack_title')}>
        {(items ?? []).map((item) =>
          item.kind === 'entry' ? (
            <BackpackCard key={item.id} entry={item} actions={actions} now={now} />
          ) : (
            <CorruptCard key={item.key} item={item} actions={actions} />
          ),
        )}
      </ul>
    </div>
  );
}
