import type { Status } from '../result/vocabulary';
import type { AlertReason, BackpackEntry, HistoryEvent } from '../protocol/backpack-schemas';

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
/** A badge is re-checked once a day… */
export const CHECK_INTERVAL_MS = DAY_MS;
/** …and an issuer that did not answer is asked again after an hour, then twice as long each time, a week at most. */
export const FIRST_RETRY_MS = HOUR_MS;
export const MAX_RETRY_MS = 7 * DAY_MS;
/** An expiry this close is worth telling the learner about. */
export const EXPIRY_WARNING_MS = 30 * DAY_MS;
/** "Newly unverifiable" becomes worth telling once it has lasted this long (a site down for an hour is not news). */
export const UNREACHABLE_GRACE_MS = DAY_MS;

/** When the next check is due after one that ended with `status`, and how many failures in a row that makes. */
export function scheduleAfter(status: Status, failures: number, now: number): { nextCheckAt: string; failures: number } {
  if (status !== 'unverifiable') return { nextCheckAt: new Date(now + CHECK_INTERVAL_MS).toISOString(), failures: 0 };
  const count = failures + 1;
  const delay = Math.min(FIRST_RETRY_MS * 2 ** (count - 1), MAX_RETRY_MS);
  return { nextCheckAt: new Date(now + delay).toISOString(), failures: count };
}

export function isDue(entry: Pick<BackpackEntry, 'nextCheckAt'>, now: number): boolean {
  const at = Date.parse(entry.nextCheckAt);
  return !Number.isFinite(at) || at <= now;
}

/** The ids of the entries due now, soonest first. */
export function dueIds(entries: readonly Pick<BackpackEntry, 'id' | 'nextCheckAt'>[], now: number): string[] {
  return entries
    .filter((e) => isDue(e, now))
    .sort((a, b) => (Date.parse(a.nextCheckAt) || 0) - (Date.parse(b.nextCheckAt) || 0))
    .map((e) => e.id);
}

/** The earliest next check of any entry (when the alarm should fire), or undefined when there is none. */
export function nextDueAt(entries: readonly Pick<BackpackEntry, 'nextCheckAt'>[]): number | undefined {
  const times = entries.map((e) => Date.parse(e.nextCheckAt)).filter(Number.isFinite);
  return times.length > 0 ? Math.min(...times) : undefined;
}

const BAD_VERDICTS: readonly Status[] = ['revoked', 'suspended', 'expired', 'invalid'];

/**
 * What the learner should hear about this entry now, if anything: a verdict that turned bad, an
 * issuer unreachable for more than a day after the badge verified, or an expiry within 30 days.
 */
export function alertFor(entry: Pick<BackpackEntry, 'history' | 'result'>, now: number): AlertReason | undefined {
  const status = entry.result?.status;
  if (status && BAD_VERDICTS.includes(status)) return status as AlertReason;
  if (status === 'unverifiable' && unreachableSince(entry.history, now)) return 'unreachable';
  const expires = Date.parse(entry.result?.credential.expires ?? '');
  if (status === 'verified' && Number.isFinite(expires) && expires - now <= EXPIRY_WARNING_MS) return 'expires-soon';
  return undefined;
}

/** True when the last change was to `unverifiable`, from a verdict that was not, more than a day ago. */
function unreachableSince(history: readonly HistoryEvent[], now: number): boolean {
  const last = history.at(-1);
  if (last?.status !== 'unverifiable' || history.length < 2) return false;
  return now - Date.parse(last.at) > UNREACHABLE_GRACE_MS;
}
