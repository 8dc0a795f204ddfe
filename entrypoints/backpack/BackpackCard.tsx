import { useId, useState } from 'preact/hooks';
import { BadgeImage } from '../../components/BadgeImage';
import { ALERT_MESSAGE_KEYS } from '../../components/backpack-keys';
import { credentialName, issuerName, nameTrustText } from '../../components/credential-text';
import { formatCheckedAt } from '../../components/dates';
import { t, useLocale, type Lang } from '../../components/i18n';
import { statusMessageKey } from '../../components/message-keys';
import { StatusChip } from '../../components/StatusChip';
import { VouchedBy } from '../../components/VouchedBy';
import type { BackpackItem } from '../../lib/protocol/backpack-schemas';
import { RecruiterPreview } from './RecruiterPreview';
import { ShareActions } from './ShareActions';
import type { BackpackActions } from './use-backpack';

type Entry = Extract<BackpackItem, { kind: 'entry' }>;

function nextCheckText(nextCheckAt: string, now: number, lang: Lang): string {
  const at = Date.parse(nextCheckAt);
  if (!Number.isFinite(at) || at <= now) return t('backpack_next_check_now');
  const hours = Math.round((at - now) / 3_600_000);
  const relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  return t(
    'backpack_next_check',
    hours >= 24 ? relative.format(Math.round(hours / 24), 'day') : relative.format(Math.max(1, hours), 'hour'),
  );
}

function History({ entry, lang }: { entry: Entry; lang: Lang }) {
  if (entry.history.length < 2) return null;
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <details class="bl-backpack-history">
      <summary>{t('backpack_history')}</summary>
      <ol data-testid="backpack-history">
        {entry.history.map((event) => (
          <li key={event.at} data-status={event.status}>
            {format.format(Date.parse(event.at))}: {t(statusMessageKey(event.status))}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** One badge of the backpack: image, name, issuer and who vouched, verdict, last and next check, actions. */
export function BackpackCard({ entry, actions, now }: { entry: Entry; actions: BackpackActions; now: number }) {
  const lang = useLocale();
  const id = useId();
  const [preview, setPreview] = useState(false);
  const result = entry.result;
  const credential = result?.credential ?? {};
  const trust = nameTrustText(credential);
  const status = result?.status ?? 'unverifiable';
  return (
    <li
      class={`bl-panel bl-backpack-item bl-status-${status}${preview ? ' bl-backpack-item-wide' : ''}`}
      data-testid="backpack-item"
      data-status={status}
      data-format={result?.format ?? 'unknown'}
      data-id={entry.id}
    >
      <div class="bl-backpack-item-head">
        <BadgeImage src={credential.image} />
        <div>
          <h2 class="bl-backpack-name">{result ? credentialName(credential, result.source) : entry.fileName}</h2>
          <p>
            {issuerName(credential)}
            {trust ? <span class="bl-muted"> — {trust}</span> : null}
          </p>
          <VouchedBy credential={credential} as="p" class="bl-card-vouch" testId="vouched-by" />
        </div>
      </div>
      <p class="bl-backpack-verdict">
        <StatusChip status={status} />
        {entry.alert ? (
          <span class="bl-backpack-alert" data-testid="backpack-alert" data-alert={entry.alert}>
            {t(ALERT_MESSAGE_KEYS[entry.alert])}
          </span>
        ) : null}
      </p>
      <p class="bl-muted bl-backpack-checks">
        <span data-testid="last-checked">{formatCheckedAt(result?.checkedAt, now, lang) ?? t('backpack_never_checked')}</span>
        {' · '}
        <span data-testid="next-check">{nextCheckText(entry.nextCheckAt, now, lang)}</span>
      </p>
      <History entry={entry} lang={lang} />
      <ShareActions entry={entry} actions={actions} />
      <div class="bl-backpack-item-actions">
        <button type="button" class="bl-button" data-testid="backpack-recheck" onClick={() => void actions.recheck(entry.id)}>
          {t('card_recheck')}
        </button>
        {result ? (
          <button
            type="button"
            class="bl-button"
            data-testid="open-preview"
            aria-expanded={preview ? 'true' : 'false'}
            aria-controls={`${id}-preview`}
            onClick={() => setPreview(!preview)}
          >
            {t('backpack_preview')}
          </button>
        ) : null}
        <button
          type="button"
          class="bl-button bl-button-danger"
          data-testid="backpack-delete"
          onClick={() => void actions.remove(entry.id)}
        >
          {t('backpack_delete')}
        </button>
      </div>
      {preview && result ? (
        <div id={`${id}-preview`}>
          <RecruiterPreview entry={entry} result={result} />
        </div>
      ) : null}
    </li>
  );
}

/** A damaged entry, shown as such (never hiding the others), which the learner can delete. */
export function CorruptCard({ item, actions }: { item: Extract<BackpackItem, { kind: 'corrupt' }>; actions: BackpackActions }) {
  return (
    <li class="bl-panel bl-backpack-item bl-backpack-corrupt" data-testid="backpack-item" data-status="corrupt" data-format="unknown">
      <p>{t('backpack_corrupt', item.problem)}</p>
      <button type="button" class="bl-button bl-button-danger" data-testid="backpack-delete" onClick={() => void actions.remove(item.key)}>
        {t('backpack_delete')}
      </button>
    </li>
  );
}
