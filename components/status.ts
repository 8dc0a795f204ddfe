import { STATUSES, type Status, type VerificationResult } from '../lib/result/types';
import type { TabItem } from '../lib/protocol/schemas';

/** Lower is worse: `invalid` first, `verified` last (the order of SPEC §3). */
export function statusRank(status: Status): number {
  return STATUSES.indexOf(status);
}

export function worstStatus(statuses: Iterable<Status>): Status | undefined {
  let worst: Status | undefined;
  for (const status of statuses) if (worst === undefined || statusRank(status) < statusRank(worst)) worst = status;
  return worst;
}

export type StatusCountMap = Record<Status, number>;

export function countByStatus(results: Iterable<Pick<VerificationResult, 'status'>>): StatusCountMap {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCountMap;
  for (const result of results) counts[result.status]++;
  return counts;
}

/** One row per result, in page order; pending items contribute a single "checking" row instead. */
export type Row =
  | { kind: 'result'; key: string; ref: string; result: VerificationResult }
  | { kind: 'pending'; key: string; ref: string; item: TabItem };

export function rowsFor(items: readonly TabItem[]): Row[] {
  const rows: Row[] = [];
  for (const item of items) {
    if (item.state === 'pending') {
      rows.push({ kind: 'pending', key: `${item.ref}:pending`, ref: item.ref, item });
      continue;
    }
    item.results.forEach((result, index) => rows.push({ kind: 'result', key: `${item.ref}:${index}`, ref: item.ref, result }));
  }
  return rows;
}

/** Results of finished items (what the header counts). */
export function doneResults(items: readonly TabItem[]): VerificationResult[] {
  return items.filter((item) => item.state === 'done').flatMap((item) => item.results);
}
