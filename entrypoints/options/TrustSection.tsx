import { useState } from 'preact/hooks';
import { t } from '../../components/i18n';
import { saveTrustLists, useTrustLists } from '../../components/trust-store';
import { parseTrustList, type TrustList } from '../../lib/trust/trust-list';
import { fetchTrustList, pinIssuer, withList } from './trust-actions';

function ListRow({ list, onRemove, onRefetch }: { list: TrustList; onRemove: () => void; onRefetch: (() => void) | undefined }) {
  return (
    <li class="bl-trust-list" data-testid="trust-list" data-name={list.name}>
      <span>
        <strong>{list.name}</strong> <span class="bl-muted">{t('options_trust_entries', list.entries.length)}</span>
        {list.source ? <span class="bl-muted"> · {list.source}</span> : null}
      </span>
      <span class="bl-trust-actions">
        {onRefetch ? (
          <button type="button" class="bl-button" data-testid="trust-refetch" onClick={onRefetch}>
            {t('options_trust_refetch')}
          </button>
        ) : null}
        <button type="button" class="bl-button" data-testid="trust-remove" onClick={onRemove}>
          {t('options_trust_remove')}
        </button>
      </span>
    </li>
  );
}

/** Pinned issuers and imported issuer lists (DCC registry or plain list), kept in storage.local. */
export function TrustSection() {
  const lists = useTrustLists();
  const [id, setId] = useState('');
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState('');
  const save = (next: TrustList[]) => {
    setProblem('');
    void saveTrustLists(next);
  };
  const pin = () => {
    const next = pinIssuer(lists, id, label);
    if (!next) return setProblem(t('options_trust_bad_id'));
    save(next);
    setId('');
    setLabel('');
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseTrustList(await file.text(), file.name);
    if (!parsed.ok) return setProblem(t('options_trust_invalid', parsed.error));
    save(withList(lists, parsed.list));
  };
  const importUrl = async (address: string) => {
    const parsed = await fetchTrustList(address.trim());
    if (!parsed.ok) return setProblem(t('options_trust_fetch_failed', parsed.error));
    save(withList(lists, parsed.list));
    setUrl('');
  };
  return (
    <section class="bl-panel" aria-labelledby="opt-trust" data-testid="trust-section">
      <h2 id="opt-trust">{t('options_trust_title')}</h2>
      <p class="bl-muted">{t('options_trust_text')}</p>
      <div class="bl-trust-form">
        <label>
          {t('options_trust_pin_id')}
          <input type="text" data-testid="trust-pin-id" value={id} onInput={(e) => setId(e.currentTarget.value)} />
        </label>
        <label>
          {t('options_trust_pin_label')}
          <input type="text" data-testid="trust-pin-label" value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
        </label>
        <button type="button" class="bl-button" data-testid="trust-pin-add" onClick={pin}>
          {t('options_trust_pin_add')}
        </button>
      </div>
      <div class="bl-trust-form">
        <label>
          {t('options_trust_import_file')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="trust-import-file"
            onChange={(e) => void importFile(e.currentTarget.files?.[0])}
          />
        </label>
      </div>
      <div class="bl-trust-form">
        <label>
          {t('options_trust_import_url')}
          <input type="text" inputMode="url" data-testid="trust-import-url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <button type="button" class="bl-button" data-testid="trust-import-url-add" onClick={() => void importUrl(url)}>
          {t('options_trust_import_url_add')}
        </button>
      </div>
      {problem ? (
        <p class="bl-alert" role="alert" data-testid="trust-error">
          {problem}
        </p>
      ) : null}
      <ul class="bl-trust-lists">
        {lists.map((list, i) => (
          <ListRow
            key={`${list.name}:${list.source ?? ''}`}
            list={list}
            onRemove={() => save(lists.filter((_, j) => j !== i))}
            onRefetch={list.source ? () => void importUrl(list.source ?? '') : undefined}
          />
        ))}
      </ul>
    </section>
  );
}
