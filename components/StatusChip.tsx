import type { Status } from '../lib/result/types';
import { formatNumber, t } from './i18n';
import { statusMessageKey } from './message-keys';
import { StatusIcon } from './StatusIcon';

/** Icon and word for a status, in the status colour. */
export function StatusChip({ status, count, size = 'normal' }: { status: Status; count?: number; size?: 'normal' | 'small' }) {
  return (
    <span class={`bl-chip bl-chip-${size} bl-status-${status}`} data-status={status}>
      <StatusIcon status={status} size={size === 'small' ? 12 : 14} decorative />
      <span class="bl-chip-word">{t(statusMessageKey(status))}</span>
      {count !== undefined ? <span class="bl-chip-count">{formatNumber(count)}</span> : null}
    </span>
  );
}
