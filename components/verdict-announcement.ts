/**
 * What screen readers hear when a page's verdicts arrive: one summary, once, when the last pending
 * item of the page is done (not one announcement per badge). The popup and the overlay each feed
 * every update of the tab's items to their own announcer and show its text in a polite live region.
 */
import type { TabItem } from '../lib/protocol/schemas';
import { STATUSES } from '../lib/result/types';
import { t } from './i18n';
import { statusMessageKey } from './message-keys';
import { countByStatus, doneResults } from './status';

/** "Badge Lens has finished checking. Results on this page: Verified: 2, Invalid: 1". */
export function settledSummary(items: readonly TabItem[]): string {
  const counts = countByStatus(doneResults(items));
  const summary = STATUSES.filter((status) => counts[status] > 0)
    .map((status) => `${t(statusMessageKey(status))}: ${counts[status]}`)
    .join(', ');
  return t('announce_settled', t('popup_counts_label', summary));
}

/**
 * Feed it every update; it answers with the text to announce when pending items have just all
 * finished, and `undefined` otherwise (a page that was already settled when first seen says nothing:
 * its results are on screen to be read).
 */
export function createSettleAnnouncer(): (items: readonly TabItem[]) => string | undefined {
  let wasPending = false;
  return (items) => {
    const pending = items.some((item) => item.state === 'pending');
    const settledNow = wasPending && !pending;
    wasPending = pending;
    return settledNow && doneResults(items).length > 0 ? settledSummary(items) : undefined;
  };
}
