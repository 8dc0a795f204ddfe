import { effectOf } from '../../result/catalog';
import { fail, pass } from '../../result/check';
import { foldStatus } from '../../result/fold-status';
import type { Check } from '../../result/types';
import { decodePayload } from '../decode';
import { asArray, isRecord, type Json } from '../../util/json';
import type { VcEnvelope, VcVerdict } from './vc-types';

const MAX_ENDORSEMENTS = 10;

/**
 * Endorsements of the credential and of its achievement (`endorsement[]`, `endorsementJwt[]`), each
 * verified like a credential. They are shown, never change the verdict: every outcome is a pass or
 * a warning-level failure (never an `error`, which would make the credential unverifiable).
 */
export async function checkEndorsements(credential: Json, verify: (envelope: VcEnvelope) => Promise<VcVerdict>): Promise<Check[]> {
  const subject = asArray(credential.credentialSubject).find(isRecord);
  const achievement = isRecord(subject?.achievement) ? subject.achievement : undefined;
  const found: Array<{ envelope: VcEnvelope; pointer: string }> = [];
  for (const [owner, base] of [
    [credential, ''],
    [achievement, '/credentialSubject/achievement'],
  ] as const) {
    if (!owner) continue;
    for (const [i, e] of asArray(owner.endorsement).entries())
      found.push({ envelope: { kind: 'di', credential: e }, pointer: `${base}/endorsement/${i}` });
    asArray(owner.endorsementJwt).forEach((jwt, i) => {
      const decoded = typeof jwt === 'string' ? decodePayload({ kind: 'jws', text: jwt.trim(), container: 'text' }) : undefined;
      if (decoded?.ok && decoded.credential.kind === 'jws') {
        const { compact, header, claims } = decoded.credential;
        found.push({ envelope: { kind: 'jwt', compact, header, claims }, pointer: `${base}/endorsementJwt/${i}` });
      } else found.push({ envelope: { kind: 'di', credential: undefined }, pointer: `${base}/endorsementJwt/${i}` });
    });
  }
  const checks: Check[] = [];
  for (const { envelope, pointer } of found.slice(0, MAX_ENDORSEMENTS)) {
    const verdict = await verify(envelope);
    const status = foldStatus(verdict.checks);
    const vouchedBy = verdict.credential.issuer?.vouchedBy;
    const by = `${verdict.credential.issuer?.name ?? verdict.credential.issuer?.id ?? 'an unnamed endorser'}${vouchedBy ? ` (self-declared; vouched for by ${vouchedBy.value})` : ''}`;
    if (status === 'verified') {
      checks.push(
        pass(
          'endorsement',
          'endorsement.ok',
          `endorsed by ${by}${verdict.assurance === 'signed' ? '' : ' (key not bound to the endorser)'}`,
          pointer,
        ),
      );
    } else {
      const why = verdict.checks.find(
        (c) => (c.outcome === 'fail' || c.outcome === 'error') && !['warning', 'none'].includes(effectOf(c.code)),
      );
      checks.push(
        fail(
          'endorsement',
          'endorsement.not-verified',
          `the endorsement by ${by} is ${status}${why ? `: ${why.detail ?? why.code}` : ''}`,
          pointer,
        ),
      );
    }
  }
  return checks;
}
