import { describe, expect, it } from 'vitest';
import { alertFor, DAY_MS, dueIds, HOUR_MS, isDue, MAX_RETRY_MS, nextDueAt, scheduleAfter } from '../../../lib/backpack/schedule';
import { resultWith } from './results';

const NOW = Date.parse('2026-03-01T10:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('backpack schedule', () => {
  it('checks a badge again a day later when its issuer answered', () => {
    for (const status of ['verified', 'revoked', 'invalid', 'expired'] as const) {
      expect(scheduleAfter(status, 3, NOW)).toEqual({ nextCheckAt: iso(NOW + DAY_MS), failures: 0 });
    }
  });

  it('backs off for an issuer that did not answer: an hour, then twice as long each time, a week at most', () => {
    const delays: number[] = [];
    let failures = 0;
    for (let i = 0; i < 12; i++) {
      const next = scheduleAfter('unverifiable', failures, NOW);
      delays.push((Date.parse(next.nextCheckAt) - NOW) / HOUR_MS);
      failures = next.failures;
    }
    expect(delays).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 168, 168, 168, 168]);
    expect(failures).toBe(12);
    expect(MAX_RETRY_MS).toBe(168 * HOUR_MS);
  });

  it('tells which entries are due, soonest first, and when the next one is', () => {
    const entries = [
      { id: 'later', nextCheckAt: iso(NOW + 1) },
      { id: 'now', nextCheckAt: iso(NOW) },
      { id: 'overdue', nextCheckAt: iso(NOW - DAY_MS) },
      { id: 'unreadable-date', nextCheckAt: 'soon' },
    ];
    expect(dueIds(entries, NOW)).toEqual(['unreadable-date', 'overdue', 'now']);
    expect(isDue(entries[0]!, NOW)).toBe(false);
    expect(nextDueAt(entries)).toBe(NOW - DAY_MS);
    expect(nextDueAt([])).toBeUndefined();
  });

  it('alerts on a verdict that turned bad', () => {
    for (const status of ['revoked', 'suspended', 'expired', 'invalid'] as const) {
      expect(alertFor({ result: resultWith(status), history: [{ at: iso(NOW), status }] }, NOW)).toBe(status);
    }
    expect(alertFor({ result: resultWith('verified'), history: [] }, NOW)).toBeUndefined();
    expect(alertFor({ history: [] }, NOW)).toBeUndefined();
  });

  it('alerts on an issuer unreachable for more than a day after the badge verified, not sooner, and not for a badge never verified', () => {
    const history = (since: number) => [
      { at: iso(NOW - 10 * DAY_MS), status: 'verified' as const },
      { at: iso(since), status: 'unverifiable' as const },
    ];
    const unverifiable = resultWith('unverifiable');
    expect(alertFor({ result: unverifiable, history: history(NOW - DAY_MS - 1) }, NOW)).toBe('unreachable');
    expect(alertFor({ result: unverifiable, history: history(NOW - HOUR_MS) }, NOW)).toBeUndefined();
    expect(alertFor({ result: unverifiable, history: [{ at: iso(NOW - 5 * DAY_MS), status: 'unverifiable' }] }, NOW)).toBeUndefined();
  });

  it('alerts on an expiry within 30 days', () => {
    const expiring = (ms: number) => ({ result: resultWith('verified', { expires: iso(ms) }), history: [] });
    expect(alertFor(expiring(NOW + 29 * DAY_MS), NOW)).toBe('expires-soon');
    expect(alertFor(expiring(NOW + 31 * DAY_MS), NOW)).toBeUndefined();
  });
});
