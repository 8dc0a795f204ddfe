import type { Status, VerificationResult } from './types';

/**
 * How bad each status is, worst first (docs/SPEC.md §3 "wins over"). A record, so a status added to `STATUSES`
 * does not compile until it is ranked here.
 */
const RANK: Record<Status, number> = {
  invalid: 0,
  revoked: 1,
  suspended: 2,
  expired: 3,
  unverifiable: 4,
  verified: 5,
};

/** Every status, worst first: the one precedence order the fold, the UI and the toolbar share. */
export const STATUS_PRECEDENCE: readonly Status[] = (Object.keys(RANK) as Status[]).sort((a, b) => RANK[a] - RANK[b]);

/** Lower is worse: `invalid` is 0, `verified` the highest. */
export function statusRank(status: Status): number {
  return RANK[status];
}

export function worstStatus(statuses: Iterable<Status>): Status | undefined {
  let worst: Status | undefined;
  for (const status of statuses) if (worst === undefined || RANK[status] < RANK[worst]) worst = status;
  return worst;
}

/** The first result with the worst status (page order breaks ties). */
export function worstResult<R extends Pick<VerificationResult, 'status'>>(results: Iterable<R>): R | undefined {
  let worst: R | undefined;
  for (const result of results) if (worst === undefined || RANK[result.status] < RANK[worst.status]) worst = result;
  return worst;
}
