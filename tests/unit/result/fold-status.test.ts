import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_CATALOG, type CheckCode } from '../../../lib/result/catalog';
import { error, fail, pass, skip } from '../../../lib/result/check';
import { foldStatus, isWarning, shownOutcome, warningsOf } from '../../../lib/result/fold-status';
import { worstStatus } from '../../../lib/result/precedence';
import type { Check } from '../../../lib/result/types';

const proofOk = pass('proof', 'proof.ok');

describe('foldStatus', () => {
  it.each<[string, Check[], string]>([
    ['a passing proof', [proofOk], 'verified'],
    ['a passing hosted fetch', [pass('hosted', 'hosted.fetched')], 'verified'],
    ['only incidental passes', [pass('extract', 'extract.ok'), pass('validity', 'validity.ok')], 'unverifiable'],
    ['nothing at all', [], 'unverifiable'],
    ['skips only', [skip('recipient', 'recipient.not-checked')], 'unverifiable'],
    ['a bad signature', [fail('proof', 'proof.signature-invalid')], 'invalid'],
    ['revoked beats expired', [proofOk, fail('validity', 'validity.expired'), fail('status', 'status.revoked')], 'revoked'],
    ['invalid beats revoked', [fail('status', 'status.revoked'), fail('scope', 'scope.origin-not-allowed')], 'invalid'],
    ['suspended beats expired', [proofOk, fail('validity', 'validity.expired'), fail('status', 'status.suspended')], 'suspended'],
    ['expired beats unverifiable', [proofOk, error('status', 'net.timeout'), fail('validity', 'validity.expired')], 'expired'],
    ['a network error', [proofOk, error('status', 'net.timeout')], 'unverifiable'],
    ['an error can never make it invalid', [error('proof', 'proof.signature-invalid')], 'unverifiable'],
    ['warnings leave it verified', [proofOk, fail('shape', 'shape.legacy-upgraded')], 'verified'],
    ['410 gone is revoked', [fail('hosted', 'hosted.gone')], 'revoked'],
  ])('%s', (_name, checks, status) => {
    expect(foldStatus(checks)).toBe(status);
  });

  it('lists warnings separately', () => {
    expect(warningsOf([proofOk, fail('shape', 'shape.legacy-upgraded')]).map((c) => c.code)).toEqual(['shape.legacy-upgraded']);
  });

  it('every failing code in the catalog moves the verdict away from verified, or is a warning', () => {
    for (const [code, { effect }] of Object.entries(CHECK_CATALOG)) {
      const status = foldStatus([proofOk, fail('format', code as CheckCode)]);
      if (effect === 'none' || effect === 'warning') expect(status, code).toBe('verified');
      else expect(status, code).toBe(effect);
    }
  });
});

describe('the fold and the shared helpers', () => {
  const codes = Object.keys(CHECK_CATALOG) as CheckCode[];
  const anyCheck = fc
    .tuple(fc.constantFrom(pass, fail, skip, error), fc.constantFrom(...codes))
    .map(([make, code]) => make('format', code));

  it('votes combine by the one precedence order: the verdict of many checks is the worst of their verdicts', () => {
    fc.assert(
      fc.property(fc.array(anyCheck, { maxLength: 8 }), (checks) => {
        const alone = checks.map((c) => foldStatus([proofOk, c]));
        expect(foldStatus([proofOk, ...checks])).toBe(worstStatus([...alone, 'verified']));
      }),
    );
  });

  it('only a passing check whose code vouches for the content makes a credential verified, whatever its id', () => {
    expect(foldStatus([pass('format', 'proof.ok')])).toBe('verified');
    expect(foldStatus([pass('proof', 'key.ok')])).toBe('unverifiable');
    expect(foldStatus([pass('hosted', 'scope.ok')])).toBe('unverifiable');
    expect(foldStatus([skip('proof', 'proof.not-checked')])).toBe('unverifiable');
  });

  it.each<[string, Check, boolean, string]>([
    ['a failing warning code', fail('shape', 'shape.legacy-upgraded'), true, 'warning'],
    ['a warning code that errored', error('binding', 'binding.unbound'), false, 'error'],
    ['a failing code that moves the verdict', fail('proof', 'proof.signature-invalid'), false, 'fail'],
    ['a pass', pass('proof', 'proof.ok'), false, 'pass'],
    ['a skip', skip('recipient', 'recipient.not-checked'), false, 'skip'],
  ])('isWarning and shownOutcome: %s', (_name, check, warning, shown) => {
    expect(isWarning(check)).toBe(warning);
    expect(shownOutcome(check)).toBe(shown);
  });

  it('warningsOf is exactly the checks isWarning picks, and each leaves a verified credential verified', () => {
    fc.assert(
      fc.property(fc.array(anyCheck, { maxLength: 8 }), (checks) => {
        expect(warningsOf(checks)).toEqual(checks.filter(isWarning));
        for (const warning of warningsOf(checks)) expect(foldStatus([proofOk, warning])).toBe('verified');
      }),
    );
  });
});
