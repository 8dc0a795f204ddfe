import { error, fail, pass } from '../../result/check';
import { foldStatus } from '../../result/fold-status';
import type { Check, FormatId, VerificationResult } from '../../result/types';
import { decodePayload } from '../decode';
import type { Session } from '../../core/session';
import { vcKind } from '../ob3/detect';
import { asArray, isRecord, type Json } from '../../util/json';
import { verifyVc, type VcVerdict } from '../ob3/verify-vc';

const MAX_NESTED = 50;

/**
 * Every credential inside a CLR (`credentialSubject.verifiableCredential[]`: JSON with its own proof,
 * or a VC-JWT string), verified with the same machinery as a credential found on its own.
 */
export async function verifyNestedCredentials(clr: Json, session: Session): Promise<VerificationResult[]> {
  const subject = asArray(clr.credentialSubject).find(isRecord);
  const items = asArray(subject?.verifiableCredential).slice(0, MAX_NESTED);
  const results: VerificationResult[] = [];
  for (const [index, item] of items.entries()) {
    let format: FormatId = 'ob3-di';
    let verdict: VcVerdict;
    if (typeof item === 'string') {
      format = 'ob3-jwt';
      const decoded = decodePayload({ kind: 'jws', text: item.trim(), container: 'text' });
      verdict =
        decoded.ok && decoded.credential.kind === 'jws'
          ? await verifyVc({ kind: 'jwt', compact: decoded.credential.compact, header: decoded.credential.header, claims: decoded.credential.claims }, session, { kind: vcKindOfJwt(decoded.credential.claims), depth: 1 })
          : { checks: [decoded.ok ? fail('format', 'format.jws-malformed') : decoded.check], assurance: 'none', credential: {} };
    } else {
      verdict = await verifyVc({ kind: 'di', credential: item }, session, { kind: vcKind(item) ?? 'ob3', depth: 1 });
    }
    const status = foldStatus(verdict.checks);
    results.push({
      source: `credentialSubject.verifiableCredential[${index}]`,
      format,
      status,
      assurance: status === 'invalid' ? 'none' : verdict.assurance,
      checks: verdict.checks,
      credential: verdict.credential,
      checkedAt: new Date(session.now).toISOString(),
    });
  }
  return results;
}

function vcKindOfJwt(claims: unknown) {
  return vcKind(isRecord(claims) && isRecord(claims.vc) ? claims.vc : claims) ?? 'ob3';
}

/** How the credentials inside weigh on the CLR: an invalid one makes it invalid; see each code. */
export function nestedChecks(results: readonly VerificationResult[]): Check[] {
  const name = (r: VerificationResult) => r.credential.name ?? r.credential.id ?? r.source;
  const list = (rs: VerificationResult[]) => rs.map((r) => `${name(r)} (${r.status})`).join(', ');
  const invalid = results.filter((r) => r.status === 'invalid');
  const unverifiable = results.filter((r) => r.status === 'unverifiable');
  const notCurrent = results.filter((r) => r.status === 'revoked' || r.status === 'suspended' || r.status === 'expired');
  const checks: Check[] = [];
  if (invalid.length) checks.push(fail('nested', 'nested.invalid', `${invalid.length} of ${results.length} credentials inside are invalid: ${list(invalid)}`));
  if (unverifiable.length) checks.push(error('nested', 'nested.unverifiable', `${unverifiable.length} of ${results.length} credentials inside could not be verified: ${list(unverifiable)}`));
  if (notCurrent.length) checks.push(fail('nested', 'nested.not-current', `${notCurrent.length} of ${results.length} credentials inside are no longer current: ${list(notCurrent)}`));
  if (!checks.length) checks.push(pass('nested', 'nested.ok', `all ${results.length} credentials inside verify`));
  return checks;
}
