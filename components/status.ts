import { STATUSES, type Status, type VerificationResult } from '../lib/result/types';
import type { TabItem } from '../lib/protocol/schemas';
import { statusRank } from '../lib/result/precedence';

export { statusRank, worstResult, worstStatus } from '../lib/result/precedence';

export type StatusCountMap = Record<Status, number>;

export function countByStatus(results: Iterable<Pick<VerificationResult, 'status'>>): StatusCountMap {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCountMap;
  for (const result of results) counts[result.status]++;
  return counts;
}

/**
 * One row per result, in page order. A pending item without results yet contributes a single
 * "checking" row; one being re-checked keeps its previous results, marked as pending.
 */
export type Row =
  | { kind: 'result'; key: string; ref: string; result: VerificationResult; pending: boolean }
  | { kind: 'pending'; key: string; ref: string; item: TabItem };

/** Rows worst first (stable, so page order within a status), "checking" rows last. */
export function rowsFor(items: readonly TabItem[]): Row[] {
  const rank = (row: Row) => (row.kind === 'pending' ? STATUSES.length : statusRank(row.result.status));
  return pageRows(items)
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
    .map(({ row }) => row);
}

/** Rows in page order. */
export function pageRows(items: readonly TabItem[]): Row[] {
  const rows: Row[] = [];
  for (const item of items) {
    const pending = item.state === 'pending';
    if (pending && item.results.length === 0) {
      rows.push({ kind: 'pending', key: `${item.ref}:pending`, ref: item.ref, item });
      continue;
    }
    for (const [index, result] of item.results.entries())
      rows.push({ kind: 'result', key: `${item.ref}:${index}`, ref: item.ref, result, pending });
  }
  return rows;
}

/** Results of finished items (what the header counts). */
export function doneResults(items: readonly TabItem[]): VerificationResult[] {
  return items.filter((item) => item.state === 'done').flatMap((item) => item.results);
}
