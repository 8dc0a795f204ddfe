import { describe, expect, it } from 'vitest';
import { CHECK_CATALOG, type CheckCode } from '../../../lib/result/catalog';
import { error, fail, pass, skip } from '../../../lib/result/check';
import { foldStatus, warningsOf } from '../../../lib/result/fold-status';
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
