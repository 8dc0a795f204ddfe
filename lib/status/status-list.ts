import { checkIssuerBinding } from '../keys/binding';
import { isNetCode } from '../result/catalog';
import { error, fail, pass, skip } from '../result/check';
import type { Check } from '../result/types';
import { parseCredentialDate } from '../util/dates';
import type { Session } from '../core/session';
import type { ValidityTime } from '../checks/validity';
import { decodeEncodedList, MIN_LIST_BITS, readEntry } from './encoded-list';
import { asArray, isRecord, type Json } from '../util/json';
import { verifyListProofs } from './verified-lists';

export const STATUS_LIST_KINDS = {
  BitstringStatusListEntry: { credentialType: 'BitstringStatusListCredential', subjectType: 'BitstringStatusList' },
  StatusList2021Entry: { credentialType: 'StatusList2021Credential', subjectType: 'StatusList2021' },
} as const;

const LIST_CREDENTIAL_TYPES: readonly string[] = Object.values(STATUS_LIST_KINDS).map((k) => k.credentialType);

/**
 * BitstringStatusListEntry and its predecessor StatusList2021Entry (BSL §3.2): fetch the list
 * credential, verify its own proof and validity, check the purpose, read the entry's bits. Either
 * entry may point at either list credential (the same bitstring under its old and new name;
 * Blockcerts points StatusList2021 entries at Bitstring lists). A list that declares no purpose is
 * read with the entry's, with a warning.
 */
export async function checkStatusListEntry(
  entry: Json,
  kind: keyof typeof STATUS_LIST_KINDS,
  session: Session,
  pointer: string,
): Promise<Check[]> {
  const names = STATUS_LIST_KINDS[kind];
  const purpose = entry.statusPurpose;
  const url = entry.statusListCredential;
  const rawIndex = entry.statusListIndex;
  const index =
    typeof rawIndex === 'number' ? rawIndex : typeof rawIndex === 'string' && /^\d{1,15}$/.test(rawIndex) ? Number(rawIndex) : NaN;
  const size = entry.statusSize === undefined ? 1 : Number(entry.statusSize);
  if (
    typeof purpose !== 'string' ||
    typeof url !== 'string' ||
    !Number.isSafeInteger(index) ||
    index < 0 ||
    !Number.isInteger(size) ||
    size < 1 ||
    size > 8
  ) {
    return [fail('status', 'shape.invalid', `${kind} needs statusPurpose, statusListCredential and a numeric statusListIndex`, pointer)];
  }
  if (purpose !== 'revocation' && purpose !== 'suspension') {
    return [skip('status', 'status.purpose-ignored', `status purpose ${purpose} does not affect validity`, pointer)];
  }

  const fetched = await session.getJson(url, 'status');
  if (!fetched.ok) return [error('status', fetched.code, `status list ${url}: ${fetched.detail}`, pointer)];
  const list = fetched.value;
  const invalid = (why: string) => [error('status', 'status.list-invalid', `status list ${url}: ${why}`, pointer)];
  if (!isRecord(list) || !asArray(list.type).some((t) => typeof t === 'string' && LIST_CREDENTIAL_TYPES.includes(t)))
    return invalid(`not a ${names.credentialType}`);
  const subject = asArray(list.credentialSubject).find(isRecord);
  if (!subject || typeof subject.encodedList !== 'string') return invalid('no encodedList');
  const declaresPurpose = subject.statusPurpose !== undefined;
  if (declaresPurpose && !asArray(subject.statusPurpose).includes(purpose))
    return invalid(`its purpose is ${JSON.stringify(subject.statusPurpose)}, not ${purpose}`);

  const listProof = await verifyListProofs(url, list, session);
  if (!listProof.key) {
    const problems = listProof.checks.filter((c) => c.outcome !== 'pass');
    const netProblem = problems.find((c) => isNetCode(c.code));
    if (netProblem) return [error('status', netProblem.code, `status list ${url}: ${netProblem.detail ?? ''}`, pointer)];
    return invalid(`its own proof does not verify (${problems.map((c) => c.detail ?? c.code).join('; ')})`);
  }
  const listIssuer =
    typeof list.issuer === 'string'
      ? list.issuer
      : isRecord(list.issuer) && typeof list.issuer.id === 'string'
        ? list.issuer.id
        : undefined;
  const binding = checkIssuerBinding(listProof.key, listIssuer);
  if (binding.code === 'binding.mismatch' || binding.outcome === 'error')
    return invalid(`its signing key is not its issuer's (${binding.detail})`);
  const window = listWindowProblem(list, session);
  if (window) return invalid(window);

  const bits = await decodeEncodedList(subject.encodedList);
  if (!bits) return invalid('encodedList is not base64url GZIP data');
  const value = readEntry(bits, index, size);
  if (value === undefined) return invalid(`index ${index} is outside its ${bits.length * 8} entries`);
  const checks: Check[] = [];
  if (!declaresPurpose)
    checks.push(
      fail('status', 'status.list-purpose-missing', `${url} declares no statusPurpose; read as the entry's (${purpose})`, pointer),
    );
  if (bits.length * 8 < MIN_LIST_BITS)
    checks.push(
      fail(
        'status',
        'status.list-short',
        `${url} has ${bits.length * 8} entries, fewer than the ${MIN_LIST_BITS} that keep holders private`,
        pointer,
      ),
    );
  if (value !== 0) {
    checks.unshift(
      fail('status', purpose === 'revocation' ? 'status.revoked' : 'status.suspended', `entry ${index} is set in ${url}`, pointer),
    );
  } else {
    checks.unshift(pass('status', 'status.ok', `entry ${index} (${purpose}) is not set in ${url}`, pointer));
  }
  return checks;
}

function listWindowProblem(list: Json, { now, maxClockSkewMs }: ValidityTime): string | undefined {
  const from = parseCredentialDate(list.validFrom ?? list.issuanceDate);
  const until = list.validUntil ?? list.expirationDate;
  if (from !== undefined && from > now + maxClockSkewMs) return 'it is not valid yet';
  if (until !== undefined) {
    const ms = parseCredentialDate(until);
    if (ms === undefined || ms <= now) return 'it has expired';
  }
  return undefined;
}
