import { error, fail, pass } from '../../result/check';
import { makeResult } from '../../result/make-result';
import type { Check, FormatId, VerificationResult } from '../../result/types';
import { decodePayload } from '../decode';
import type { Session } from '../../core/session';
import { vcKind, type VcKind } from '../ob3/detect';
import { asArray, isRecord, type Json } from '../../util/json';
import { verifyVc, type VcEnvelope, type VcVerdict } from '../ob3/verify-vc';

const MAX_NESTED = 50;

/** The format a credential inside a CLR is reported as: by what it is, and how it is carried. */
const NESTED_FORMAT: Record<VcKind, Record<VcEnvelope['kind'], FormatId>> = {
  ob3: { di: 'ob3-di', jwt: 'ob3-jwt' },
  clr: { di: 'clr2', jwt: 'clr2' },
};

/**
 * Every credential inside a CLR (`credentialSubject.verifiableCredential[]`: JSON with its own proof,
 * or a VC-JWT string), verified with the same machinery as a credential found on its own.
 */
export async function verifyNestedCredentials(clr: Json, session: Session): Promise<VerificationResult[]> {
  const subject = asArray(clr.credentialSubject).find(isRecord);
  const items = asArray(subject?.verifiableCredential).slice(0, MAX_NESTED);
  const results: VerificationResult[] = [];
  for (const [index, item] of items.entries()) {
    const { format, verdict } = await verifyNestedItem(item, session);
    const source = `credentialSubject.verifiableCredential[${index}]`;
    results.push(
      makeResult(
        {
          source,
          format,
          checks: verdict.checks,
          credential: verdict.credential,
          assurance: verdict.assurance,
          ...(verdict.about ? { about: verdict.about } : {}),
        },
        session.now,
      ),
    );
  }
  return results;
}

async function verifyNestedItem(item: unknown, session: Session): Promise<{ format: FormatId; verdict: VcVerdict }> {
  if (typeof item !== 'string') {
    const kind = vcKind(item) ?? 'ob3';
    return { format: NESTED_FORMAT[kind].di, verdict: await verifyVc({ kind: 'di', credential: item }, session, { kind, depth: 1 }) };
  }
  const decoded = decodePayload({ kind: 'jws', text: item.trim(), container: 'text' });
  if (!decoded.ok || decoded.credential.kind !== 'jws') {
    const check = decoded.ok ? fail('format', 'format.jws-malformed') : decoded.check;
    return { format: NESTED_FORMAT.ob3.jwt, verdict: { checks: [check], assurance: 'none', credential: {} } };
  }
  const { compact, header, claims } = decoded.credential;
  const kind = vcKindOfJwt(claims);
  return {
    format: NESTED_FORMAT[kind].jwt,
    verdict: await verifyVc({ kind: 'jwt', compact, header, claims }, session, { kind, depth: 1 }),
  };
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
  if (invalid.length)
    checks.push(
      fail('nested', 'nested.invalid', `${invalid.length} of ${results.length} credentials inside are invalid: ${list(invalid)}`),
    );
  if (unverifiable.length)
    checks.push(
      error(
        'nested',
        'nested.unverifiable',
        `${unverifiable.length} of ${results.length} credentials inside could not be verified: ${list(unverifiable)}`,
      ),
    );
  if (notCurrent.length)
    checks.push(
      fail(
        'nested',
        'nested.not-current',
        `${notCurrent.length} of ${results.length} credentials inside are no longer current: ${list(notCurrent)}`,
      ),
    );
  if (!checks.length) checks.push(pass('nested', 'nested.ok', `all ${results.length} credentials inside verify`));
  return checks;
}
