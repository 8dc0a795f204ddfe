import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUS_PRECEDENCE, statusRank, worstResult, worstStatus } from '../../../lib/result/precedence';
import { STATUSES, type Status } from '../../../lib/result/types';

const status = fc.constantFrom(...STATUSES);

describe('status precedence', () => {
  it('ranks every status exactly once', () => {
    expect([...STATUS_PRECEDENCE].sort()).toEqual([...STATUSES].sort());
    expect(new Set(STATUSES.map(statusRank)).size).toBe(STATUSES.length);
  });

  it('is the order of docs/SPEC.md §3, which STATUSES is listed in', () => {
    expect(STATUS_PRECEDENCE).toEqual(['invalid', 'revoked', 'suspended', 'expired', 'unverifiable', 'verified']);
    expect(STATUS_PRECEDENCE).toEqual(STATUSES);
    expect(STATUSES.map(statusRank)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('worstStatus is the lowest-ranked status given, and none for nothing', () => {
    expect(worstStatus([])).toBeUndefined();
    fc.assert(
      fc.property(fc.array(status, { minLength: 1 }), (statuses) => {
        const worst = worstStatus(statuses)!;
        expect(statuses).toContain(worst);
        for (const s of statuses) expect(statusRank(worst)).toBeLessThanOrEqual(statusRank(s));
      }),
    );
  });

  it('worstStatus does not depend on the order it is given statuses in', () => {
    fc.assert(
      fc.property(fc.array(status), (statuses) => {
        expect(worstStatus([...statuses].reverse())).toBe(worstStatus(statuses));
      }),
    );
  });

  it('worstResult returns the first result with the worst status', () => {
    const results = (['verified', 'expired', 'revoked', 'revoked', 'unverifiable'] as Status[]).map((s, i) => ({
      status: s,
      source: `r${i}`,
    }));
    expect(worstResult(results)?.source).toBe('r2');
    expect(worstResult([])).toBeUndefined();
    fc.assert(
      fc.property(fc.array(status), (statuses) => {
        expect(worstResult(statuses.map((s) => ({ status: s })))?.status).toBe(worstStatus(statuses));
      }),
    );
  });
});
