import { fail, pass } from '../../result/check';
import type { Check } from '../../result/types';
import { parseCredentialDate } from '../../util/dates';
import { issuerIdOf } from './detect';
import { asArray, isRecord, type Json } from '../../util/json';

/**
 * VC-JWT registered claims against the credential they carry (OB 3.0 §jwt-verify; VCDM 1.1 §6.3.1):
 * `iss` = issuer id, `jti` = id, `sub` = credentialSubject.id, `nbf` = validFrom / issuanceDate,
 * `exp` = validUntil / expirationDate. VCDM 1.1 may leave a field out of `vc` and carry it only as a
 * claim: the claim then fills it in. Disagreement is `claims.mismatch`, never a bad signature.
 */
export function reconcileJwtClaims(claims: Json, credential: Json, vcdm: '1.1' | '2.0'): { credential: Json; checks: Check[] } {
  const filled: Json = { ...credential };
  const problems: string[] = [];
  const checks: Check[] = [];
  const from = vcdm === '1.1' || (filled.validFrom === undefined && filled.issuanceDate !== undefined) ? 'issuanceDate' : 'validFrom';
  const until = from === 'issuanceDate' ? 'expirationDate' : 'validUntil';

  if (typeof claims.iss === 'string') {
    const issuer = issuerIdOf(filled);
    if (issuer === undefined && filled.issuer === undefined) filled.issuer = claims.iss;
    else if (issuer !== claims.iss) problems.push(`iss ${claims.iss} is not the issuer ${issuer ?? '(none)'}`);
  }
  if (typeof claims.jti === 'string') {
    if (filled.id === undefined) filled.id = claims.jti;
    else if (filled.id !== claims.jti) problems.push(`jti ${claims.jti} is not the credential id ${String(filled.id)}`);
  }
  const subject = asArray(filled.credentialSubject).find(isRecord);
  if (typeof claims.sub === 'string') {
    if (subject && subject.id === undefined && !Array.isArray(filled.credentialSubject))
      filled.credentialSubject = { ...subject, id: claims.sub };
    else if (subject && subject.id !== claims.sub) problems.push(`sub ${claims.sub} is not credentialSubject.id ${String(subject.id)}`);
  } else if (typeof subject?.id === 'string') {
    checks.push(fail('claims', 'claims.sub-missing', 'the JWT has no sub claim naming the subject'));
  }
  for (const [claim, field] of [
    ['nbf', from],
    ['exp', until],
  ] as const) {
    const value = claims[claim];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push(`${claim} is not a NumericDate`);
      continue;
    }
    if (filled[field] === undefined) {
      filled[field] = new Date(value * 1000).toISOString().replace('.000Z', 'Z');
      continue;
    }
    const ms = parseCredentialDate(filled[field]);
    if (ms !== undefined && Math.floor(ms / 1000) !== Math.floor(value))
      problems.push(`${claim} ${new Date(value * 1000).toISOString()} is not ${field} ${String(filled[field])}`);
  }
  checks.unshift(
    problems.length
      ? fail('claims', 'claims.mismatch', problems.join('; '))
      : pass('claims', 'claims.ok', 'iss, jti, sub, nbf and exp agree with the credential'),
  );
  return { credential: filled, checks };
}
