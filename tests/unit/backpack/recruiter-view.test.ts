import { describe, expect, it } from 'vitest';
import { recruiterView } from '../../../lib/backpack/recruiter-view';
import type { VerificationResult } from '../../../lib/result/types';
import { resultWith } from './results';

const codes = (notes: { code: string }[]) => notes.map((n) => n.code);
const withChecks = (result: VerificationResult, checks: VerificationResult['checks']) => ({ ...result, checks });

describe('how recruiters will see it', () => {
  it('a hosted badge: confirmed while hosted, never "will keep verifying"; a hashed recipient cannot be matched without the email', () => {
    const result = withChecks(
      resultWith('verified', {
        recipient: { hashed: true, type: 'email' },
        issuer: { name: 'Uni', vouchedBy: { kind: 'origin', value: 'https://uni.example' } },
      }),
      [{ id: 'status', outcome: 'pass', code: 'status.ok' }],
    );
    const view = recruiterView(result);
    expect(view.confirms).toEqual([{ code: 'hosted' }, { code: 'not-revoked' }, { code: 'issuer-vouched', value: 'https://uni.example' }]);
    expect(view.cannotConfirm).toEqual([
      { code: 'hosted-not-signed' },
      { code: 'recipient-hashed' },
      { code: 'issuer-self-declared', value: 'Uni' },
    ]);
  });

  it('a signed badge with a named recipient and an expiry', () => {
    const result = {
      ...resultWith('verified', {
        recipient: { identity: 'ada@example.com' },
        expires: '2027-06-01',
        issuer: { name: 'Uni', nameTrust: 'trust-list' as const },
      }),
      assurance: 'signed' as const,
    };
    const view = recruiterView(result);
    expect(view.confirms).toEqual([
      { code: 'signed' },
      { code: 'expires', value: '2027-06-01' },
      { code: 'recipient-named', value: 'ada@example.com' },
    ]);
    expect(view.cannotConfirm).toEqual([]);
  });

  it('a revoked, expired or invalid badge says so first, and nothing about hosting or signature', () => {
    expect(codes(recruiterView(resultWith('revoked')).cannotConfirm)[0]).toBe('revoked');
    expect(codes(recruiterView(resultWith('expired')).cannotConfirm)[0]).toBe('expired');
    expect(codes(recruiterView(resultWith('invalid')).cannotConfirm)[0]).toBe('invalid');
    expect(codes(recruiterView(resultWith('revoked')).confirms)).toEqual([]);
  });

  it('an issuer that timed out is slow, one that did not answer is unreachable', () => {
    const slow = withChecks(resultWith('unverifiable'), [{ id: 'hosted', outcome: 'error', code: 'net.timeout' }]);
    const down = withChecks(resultWith('unverifiable'), [{ id: 'hosted', outcome: 'error', code: 'net.unreachable' }]);
    expect(codes(recruiterView(slow).cannotConfirm)).toContain('issuer-slow');
    expect(codes(recruiterView(slow).cannotConfirm)).not.toContain('issuer-unreachable');
    expect(codes(recruiterView(down).cannotConfirm)).toContain('issuer-unreachable');
    expect(codes(recruiterView(down).cannotConfirm)).toContain('recipient-missing');
  });
});
