import { error, fail, pass } from '../../result/check';
import { originVouch } from '../../checks/vouched-by';
import type { Session } from '../../core/session';
import { parseCredentialDate } from '../../util/dates';
import { asArray, isRecord, type Json } from '../../util/json';
import { loadDidIssuer } from './did-issuer';
import type { IssuerKey, IssuerProfile, IssuerReading } from './issuer-types';

export type { IssuerKey, IssuerProfile, IssuerReading } from './issuer-types';

const PROFILE_TYPES = ['Profile', 'Issuer', 'BlockcertsIssuerProfile'];

/** The issuer profile a certificate names (https, or did:web / did:key), with its key list. */
export async function loadIssuerProfile(issuer: unknown, session: Session, pointer: string): Promise<IssuerReading> {
  const id = typeof issuer === 'string' ? issuer : isRecord(issuer) && typeof issuer.id === 'string' ? issuer.id : undefined;
  if (id === undefined) return { checks: [fail('issuer', 'issuer.profile-invalid', 'the certificate names no issuer profile', pointer)] };
  if (id.startsWith('did:')) return loadDidIssuer(id, session, pointer);
  if (!/^https?:\/\//i.test(id))
    return {
      id,
      checks: [fail('issuer', 'issuer.profile-invalid', `the issuer profile ${id.slice(0, 120)} is not a web address`, pointer)],
    };
  const fetched = await session.getJson(id, 'profile');
  if (!fetched.ok) return { id, checks: [error('issuer', fetched.code, `issuer profile: ${fetched.detail}`, pointer)] };
  const value = fetched.value;
  if (!isRecord(value) || !(asArray(value.type).some((t) => PROFILE_TYPES.includes(String(t))) || Array.isArray(value.issuerKeys))) {
    return { id, checks: [fail('issuer', 'issuer.profile-invalid', `${fetched.url} is not an issuer profile`, pointer)] };
  }
  const keys = issuerKeysOf(value);
  const profile: IssuerProfile = {
    id,
    url: fetched.url,
    value,
    keys,
    ...(typeof value.revocationList === 'string' ? { revocationList: value.revocationList } : {}),
  };
  const keyCheck = keys.length
    ? pass('key', 'blockcerts.keys-listed', `the issuer lists ${keys.length} key(s): ${keys.map(describeKey).join('; ')}`.slice(0, 1000))
    : fail('key', 'key.none-listed', `${fetched.url} lists no issuing key`);
  const vouchedBy = originVouch(fetched.url);
  return {
    id,
    profile,
    keys,
    ...(vouchedBy ? { vouchedBy } : {}),
    checks: [pass('issuer', 'issuer.ok', `issuer profile ${fetched.url}`), keyCheck],
  };
}

/** `publicKey` (v2, v3), `publicKeys` (v2 alpha) or `issuerKeys` (v1 profiles), `ecdsa-koblitz-pubkey:` prefix dropped. */
export function issuerKeysOf(profile: Json): IssuerKey[] {
  const listed = [...asArray(profile.publicKey), ...asArray(profile.publicKeys), ...asArray(profile.issuerKeys)];
  return listed.flatMap((entry): IssuerKey[] => {
    const raw = typeof entry === 'string' ? entry : isRecord(entry) ? (entry.id ?? entry.publicKey ?? entry.key) : undefined;
    if (typeof raw !== 'string') return [];
    const address = raw.replace(/^ecdsa-koblitz-pubkey:/, '');
    const record = isRecord(entry) ? entry : {};
    const key: IssuerKey = { address };
    for (const field of ['created', 'revoked', 'expires'] as const) {
      const ms = parseCredentialDate(record[field]);
      if (ms !== undefined) key[field] = ms;
    }
    return [key];
  });
}

function describeKey(key: IssuerKey): string {
  const dates = (['created', 'revoked', 'expires'] as const).flatMap((f) =>
    key[f] !== undefined ? [`${f} ${new Date(key[f]).toISOString()}`] : [],
  );
  return dates.length ? `${key.address} (${dates.join(', ')})` : key.address;
}
