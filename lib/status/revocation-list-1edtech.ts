import { error, fail, pass } from '../result/check';
import type { Check } from '../result/types';
import type { Session } from '../core/session';
import { type Json, isRecord } from '../util/json';

/**
 * `1EdTechRevocationList` (VCRL 1.0): GET the entry's `id`; revoked when the list names the
 * credential's id (`revokedCredential`, as the 1EdTech validator reads it, or `revokedCredentials`).
 * A list that cannot be fetched leaves the credential unverifiable.
 */
export async function check1EdTechRevocationList(
  entry: Json,
  credentialId: string | undefined,
  session: Session,
  pointer: string,
): Promise<Check[]> {
  const url = entry.id;
  if (typeof url !== 'string') return [fail('status', 'shape.invalid', '1EdTechRevocationList needs an id (the list URL)', pointer)];
  const fetched = await session.getJson(url, 'status');
  if (!fetched.ok) return [error('status', fetched.code, `revocation list ${url}: ${fetched.detail}`, pointer)];
  const list = fetched.value;
  const entries = isRecord(list) ? (list.revokedCredential ?? list.revokedCredentials) : undefined;
  if (!Array.isArray(entries)) return [error('status', 'status.list-invalid', `${url} is not a 1EdTech revocation list`, pointer)];
  if (credentialId === undefined) return [error('status', 'status.list-invalid', 'the credential has no id to look up', pointer)];
  for (const item of entries) {
    const id = typeof item === 'string' ? item : isRecord(item) ? item.id : undefined;
    if (id !== credentialId) continue;
    if (isRecord(item) && item.revoked === false) continue;
    const reason = isRecord(item) && typeof item.revocationReason === 'string' ? `: ${item.revocationReason}` : '';
    return [fail('status', 'status.revoked', `listed in ${url}${reason}`, pointer)];
  }
  return [pass('status', 'status.ok', `not in ${url}`, pointer)];
}
