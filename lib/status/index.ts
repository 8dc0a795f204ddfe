import { error, pass } from '../result/check';
import type { Check } from '../result/types';
import type { Session } from '../core/session';
import { check1EdTechRevocationList } from './revocation-list-1edtech';
import { checkStatusListEntry } from './status-list';
import { type Json, isRecord } from '../util/json';

const MAX_ENTRIES = 8;

/**
 * Starts fetching the lists `checkCredentialStatus` will read, so they arrive while the proof is
 * verified rather than after it (the session shares each request with the check that asks next).
 */
export function fetchStatusListsAhead(credential: Json, session: Session): void {
  for (const url of statusListUrls(credential)) void session.getJson(url, 'status').catch(() => undefined);
}

/** The http(s) lists of the entries that decide a verdict (revocation and suspension), as the checks read them. */
export function statusListUrls(credential: Json): string[] {
  const raw = credential.credentialStatus;
  const urls = new Set<string>();
  for (const entry of (Array.isArray(raw) ? raw : [raw]).slice(0, MAX_ENTRIES)) {
    if (!isRecord(entry)) continue;
    const types = entryTypes(entry);
    const url = types.includes('1EdTechRevocationList')
      ? entry.id
      : (types.includes('BitstringStatusListEntry') || types.includes('StatusList2021Entry')) &&
          (entry.statusPurpose === 'revocation' || entry.statusPurpose === 'suspension')
        ? entry.statusListCredential
        : undefined;
    if (typeof url === 'string' && /^https?:\/\//i.test(url)) urls.add(url);
  }
  return [...urls];
}

/** Every `credentialStatus` entry of a verified credential; no entry means nothing to check. */
export async function checkCredentialStatus(credential: Json, session: Session): Promise<Check[]> {
  const raw = credential.credentialStatus;
  if (raw === undefined || raw === null) return [pass('status', 'status.none', 'the credential names no status list')];
  const entries = (Array.isArray(raw) ? raw : [raw]).slice(0, MAX_ENTRIES);
  const checks: Check[] = [];
  for (const [i, entry] of entries.entries()) {
    const pointer = Array.isArray(raw) ? `/credentialStatus/${i}` : '/credentialStatus';
    const type = isRecord(entry) ? entry.type : undefined;
    const types = isRecord(entry) ? entryTypes(entry) : [];
    if (!isRecord(entry)) {
      checks.push(error('status', 'status.type-unsupported', 'a status entry is not an object', pointer));
    } else if (types.includes('BitstringStatusListEntry')) {
      checks.push(...(await checkStatusListEntry(entry, 'BitstringStatusListEntry', session, pointer)));
    } else if (types.includes('StatusList2021Entry')) {
      checks.push(...(await checkStatusListEntry(entry, 'StatusList2021Entry', session, pointer)));
    } else if (types.includes('1EdTechRevocationList')) {
      const id = typeof credential.id === 'string' ? credential.id : undefined;
      checks.push(...(await check1EdTechRevocationList(entry, id, session, pointer)));
    } else {
      checks.push(error('status', 'status.type-unsupported', `status type ${JSON.stringify(type)} is not supported`, pointer));
    }
  }
  return checks;
}

/** A status entry's `type`, one or several. */
function entryTypes(entry: Json): unknown[] {
  return Array.isArray(entry.type) ? entry.type : [entry.type];
}
