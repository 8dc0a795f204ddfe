import { error, fail, pass } from '../../result/check';
import type { Check } from '../../result/types';
import type { Session } from '../../core/session';
import { isRecord } from '../../util/json';
import { revocationListSchema } from './schemas';

/**
 * OB 2.0 RevocationList: an entry is a bare id, `{id}` or legacy `{uid}`. OB 1.x lists are an object
 * map `{ "<uid or id>": "<reason>" }`.
 */
export async function checkRevocationList(listUrl: string | undefined, ids: readonly string[], session: Session): Promise<Check> {
  if (!listUrl) return pass('status', 'status.none', 'the issuer publishes no revocation list');
  const fetched = await session.getJson(listUrl, 'status');
  if (!fetched.ok) return error('status', fetched.code, `revocation list ${listUrl}: ${fetched.detail}`);
  const wanted = new Set(ids.filter(Boolean));
  const parsed = revocationListSchema.safeParse(fetched.value);
  if (parsed.success && parsed.data.revokedAssertions) {
    for (const entry of parsed.data.revokedAssertions) {
      const entryId = typeof entry === 'string' ? entry : (entry.id ?? entry.uid);
      if (entryId !== undefined && wanted.has(entryId)) {
        const reason = typeof entry === 'string' ? undefined : (entry.revocationReason ?? undefined);
        return fail('status', 'status.revoked', reason ? `listed in ${listUrl}: ${reason}` : `listed in ${listUrl}`);
      }
    }
    return pass('status', 'status.ok', `not in ${listUrl}`);
  }
  if (isRecord(fetched.value) && !('revokedAssertions' in fetched.value)) {
    for (const id of wanted) {
      const reason = fetched.value[id];
      if (reason !== undefined)
        return fail('status', 'status.revoked', `listed in ${listUrl}${typeof reason === 'string' ? `: ${reason}` : ''}`);
    }
    return pass('status', 'status.ok', `not in ${listUrl}`);
  }
  return error('status', 'status.list-invalid', `${listUrl} is not a revocation list`);
}
