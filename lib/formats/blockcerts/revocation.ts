import { error, fail, pass, skip } from '../../result/check';
import type { Check } from '../../result/types';
import type { Session } from '../../core/session';
import { checkCredentialStatus } from '../../status';
import { asArray, isRecord, type Json } from '../../util/json';
import type { IssuerReading } from './issuer-types';

/**
 * A v3 status list entry, verified like any status list; else the issuer profile's revocation list,
 * fetched as is (never with `?assertionId=`, which would tell the issuer which certificate is checked).
 * No list declared is a note, not a pass.
 */
export async function checkRevocation(certificate: Json, issuer: IssuerReading, session: Session): Promise<Check[]> {
  if (certificate.credentialStatus !== undefined && certificate.credentialStatus !== null)
    return checkCredentialStatus(certificate, session);
  if (!issuer.keys) return [];
  const listUrl = issuer.profile?.revocationList;
  if (listUrl === undefined)
    return [
      skip('status', 'blockcerts.revocation-none', `the issuer ${issuer.profile?.url ?? issuer.id ?? ''} declares no revocation list`),
    ];
  const fetched = await session.getJson(listUrl, 'status');
  if (!fetched.ok) return [error('status', fetched.code, `revocation list: ${fetched.detail}`)];
  const list = fetched.value;
  if (!isRecord(list) || !Array.isArray(list.revokedAssertions))
    return [error('status', 'status.list-invalid', `${fetched.url} is not a revocation list`)];
  const id = typeof certificate.id === 'string' ? certificate.id : undefined;
  const entry = id === undefined ? undefined : asArray(list.revokedAssertions).find((e) => (isRecord(e) ? e.id : e) === id);
  if (entry === undefined) return [pass('status', 'status.ok', `not in the issuer's revocation list ${fetched.url}`)];
  const reason = isRecord(entry) && typeof entry.revocationReason === 'string' ? entry.revocationReason : undefined;
  return [fail('status', 'status.revoked', reason ? `revoked: ${reason}` : `listed in ${fetched.url}`)];
}

/** The reason the issuer gave, for the card. */
export function revocationReasonOf(checks: readonly Check[]): string | undefined {
  const revoked = checks.find((c) => c.code === 'status.revoked' && c.detail?.startsWith('revoked: '));
  return revoked?.detail?.slice('revoked: '.length);
}
