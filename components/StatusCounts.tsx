import { STATUSES, type Status } from '../lib/result/types';
import { formatNumber, t } from './i18n';
import { statusMessageKey } from './message-keys';
import type { StatusCountMap } from './status';
import { StatusChip } from './StatusChip';

/** One chip per status that occurs, worst first, plus how many are still being checked. */
export function StatusCounts({ counts, pending = 0 }: { counts: StatusCountMap; pending?: number }) {
  const present = STATUSES.filter((status) => counts[status] > 0);
  if (present.length === 0 && pending === 0) return null;
  const summary = [
    ...present.map((status: Status) => `${t(statusMessageKey(status))}: ${formatNumber(counts[status])}`),
    ...(pending > 0 ? [`${t('popup_pending_count_label')}: ${formatNumber(pending)}`] : []),
  ].join(', ');
  return (
    <ul class="bl-counts" aria-label={t('popup_counts_label', summary)} data-testid="status-counts">
      {present.map((status) => (
        <li key={status} data-status={status} data-count={counts[status]}>
          <StatusChip status={status} count={counts[status]} size="small" />
        </li>
      ))}
      {pending > 0 ? (
        <li data-status="pending" data-count={pending}>
          <span class="bl-chip bl-chip-small bl-chip-pending">
            <span class="bl-chip-word">{t('popup_pending_count_label')}</span>
            <span class="bl-chip-count">{formatNumber(pending)}</span>
          </span>
        </li>
      ) : null}
    </ul>
  );
}
