import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_CATALOG, type CheckCode } from '../../../lib/result/catalog';
import { error, fail, pass, skip } from '../../../lib/result/check';
import { foldStatus } from '../../../lib/result/fold-status';
import { assuranceFor, makeResult } from '../../../lib/result/make-result';
import type { Assurance, Check, VerificationResult } from '../../../lib/result/types';
import { STATUSES } from '../../../lib/result/types';

const AT = Date.parse('2026-11-22T12:00:00Z');
const codes = Object.keys(CHECK_CATALOG) as CheckCode[];
const check = fc
  .tuple(fc.constantFrom(pass, fail, skip, error), fc.constantFrom(...codes))
  .map(([make, code]): Check => make('format', code));
const assurance = fc.constantFrom<Assurance>('signed', 'hosted', 'none');

describe('makeResult', () => {
  it('folds the status from the checks and stamps checkedAt', () => {
    const checks = [pass('proof', 'proof.ok'), fail('validity', 'validity.expired')];
    expect(makeResult({ source: 's', format: 'ob3-di', checks, assurance: 'signed' }, AT)).toEqual({
      source: 's',
      format: 'ob3-di',
      status: 'expired',
      assurance: 'signed',
      checks,
      credential: {},
      checkedAt: '2026-11-22T12:00:00.000Z',
    });
  });

  it('gives no assurance unless a format established one', () => {
    expect(makeResult({ source: 's', format: 'unknown', checks: [pass('hosted', 'hosted.fetched')] }, AT).assurance).toBe('none');
  });

  it('withdraws the assurance of an invalid credential', () => {
    const result = makeResult(
      {
        source: 's',
        format: 'ob2-signed',
        checks: [pass('proof', 'proof.ok'), fail('recipient', 'recipient.mismatch')],
        assurance: 'signed',
      },
      AT,
    );
    expect(result).toMatchObject({ status: 'invalid', assurance: 'none' });
  });

  it('carries nested results only when there are some', () => {
    const leaf = makeResult({ source: 'inner', format: 'ob3-di', checks: [] }, AT);
    expect(makeResult({ source: 's', format: 'clr2', checks: [], nested: [leaf] }, AT).nested).toEqual([leaf]);
    expect('nested' in makeResult({ source: 's', format: 'clr2', checks: [] }, AT)).toBe(false);
  });

  it('for any checks: status is the fold, assurance survives exactly when the status is not invalid', () => {
    fc.assert(
      fc.property(fc.array(check, { maxLength: 8 }), assurance, (checks, claimed) => {
        const result: VerificationResult = makeResult({ source: 's', format: 'ob3-jwt', checks, assurance: claimed }, AT);
        expect(result.status).toBe(foldStatus(checks));
        expect(result.assurance).toBe(result.status === 'invalid' ? 'none' : claimed);
        expect(result.checks).toBe(checks);
        expect(Date.parse(result.checkedAt)).toBe(AT);
      }),
    );
  });

  it('assuranceFor keeps the claim for every status but invalid', () => {
    for (const status of STATUSES) expect(assuranceFor(status, 'hosted')).toBe(status === 'invalid' ? 'none' : 'hosted');
  });
});
