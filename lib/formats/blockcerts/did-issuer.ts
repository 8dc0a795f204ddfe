import { base58btcDecode, base64UrlDecode } from '../../keys/multibase';
import { didWebUrl } from '../../keys/did-web';
import { error, fail, pass } from '../../result/check';
import type { Session } from '../../core/session';
import { parseCredentialDate } from '../../util/dates';
import { asArray, isRecord, type Json } from '../../util/json';
import { addressOfPublicKey } from './bitcoin-tx';
import type { IssuerKey, IssuerReading } from './issuer-types';

/** The secp256k1-pub multicodec prefix of a did:key / Multikey. */
const SECP256K1_PUB = [0xe7, 0x01];

/**
 * A Blockcerts issuer named by did:web or did:key: its secp256k1 keys become the Bitcoin addresses an
 * anchoring transaction may come from. Other DID methods need a resolver Badge Lens does not call.
 */
export async function loadDidIssuer(did: string, session: Session, pointer: string): Promise<IssuerReading> {
  const vouchedBy = { kind: 'did' as const, value: did.slice(0, 4000) };
  if (did.startsWith('did:key:')) return readKeys(did, await keysOfDidKey(did), `did:key ${did.slice(0, 80)}`, vouchedBy);
  if (!did.startsWith('did:web:')) {
    const method = did.split(':')[1] ?? '';
    return {
      id: did,
      checks: [
        error(
          'issuer',
          'blockcerts.issuer-did-unsupported',
          `the issuer is did:${method}; Badge Lens resolves only did:web and did:key`,
          pointer,
        ),
      ],
    };
  }
  const url = didWebUrl(did);
  if (!url) return { id: did, checks: [fail('issuer', 'issuer.profile-invalid', `${did.slice(0, 120)} is not a valid did:web`, pointer)] };
  const fetched = await session.getJson(url, 'key');
  if (!fetched.ok) return { id: did, checks: [error('issuer', fetched.code, `DID document: ${fetched.detail}`, pointer)] };
  if (!isRecord(fetched.value) || fetched.value.id !== did)
    return { id: did, checks: [fail('issuer', 'key.document-invalid', `${fetched.url} is not the DID document of ${did}`, pointer)] };
  return readKeys(did, await keysOfDocument(fetched.value), `DID document ${fetched.url}`, vouchedBy);
}

function readKeys(did: string, keys: IssuerKey[], where: string, vouchedBy: IssuerReading['vouchedBy']): IssuerReading {
  if (keys.length === 0)
    return {
      id: did,
      checks: [
        pass('issuer', 'issuer.ok', where),
        error('key', 'key.unsupported', `${where} lists no secp256k1 assertion key, so no Bitcoin address`),
      ],
    };
  return {
    id: did,
    keys,
    ...(vouchedBy ? { vouchedBy } : {}),
    checks: [
      pass('issuer', 'issuer.ok', where),
      pass('key', 'blockcerts.keys-listed', `${where}: ${keys.map((k) => k.address).join(', ')}`.slice(0, 1000)),
    ],
  };
}

async function keysOfDidKey(did: string): Promise<IssuerKey[]> {
  const value = did.slice('did:key:'.length).split('#')[0] ?? '';
  return value.startsWith('z') ? addressesOf(base58btcDecode(value.slice(1))) : [];
}

/** The assertion-method keys of a DID document (all listed keys when it names none), with their `expires` / `revoked`. */
async function keysOfDocument(didDocument: Json): Promise<IssuerKey[]> {
  const assertion = asArray(didDocument.assertionMethod).map((m) => (isRecord(m) ? m.id : m));
  const methods = asArray(didDocument.verificationMethod).filter(isRecord);
  const chosen = assertion.length
    ? methods.filter((m) =>
        assertion.some((a) => a === m.id || (typeof a === 'string' && typeof m.id === 'string' && a.startsWith('#') && m.id.endsWith(a))),
      )
    : methods;
  const keys: IssuerKey[] = [];
  for (const method of chosen) {
    const raw =
      typeof method.publicKeyMultibase === 'string' && method.publicKeyMultibase.startsWith('z')
        ? base58btcDecode(method.publicKeyMultibase.slice(1))
        : undefined;
    const found = raw ? await addressesOf(raw) : await addressesOf(compressedJwk(method.publicKeyJwk), false);
    for (const key of found) {
      for (const field of ['revoked', 'expires'] as const) {
        const ms = parseCredentialDate(method[field]);
        if (ms !== undefined) key[field] = ms;
      }
      keys.push(key);
    }
  }
  return keys;
}

async function addressesOf(bytes: Uint8Array | undefined, prefixed = true): Promise<IssuerKey[]> {
  if (!bytes) return [];
  const key = prefixed ? (bytes[0] === SECP256K1_PUB[0] && bytes[1] === SECP256K1_PUB[1] ? bytes.subarray(2) : undefined) : bytes;
  if (key?.length !== 33 || (key[0] !== 2 && key[0] !== 3)) return [];
  return [{ address: await addressOfPublicKey(key, 'mainnet') }, { address: await addressOfPublicKey(key, 'testnet') }];
}

/** A secp256k1 JWK as a compressed public key: the parity of y, then x. */
function compressedJwk(jwk: unknown): Uint8Array | undefined {
  if (!isRecord(jwk) || jwk.kty !== 'EC' || jwk.crv !== 'secp256k1' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string')
    return undefined;
  const x = base64UrlDecode(jwk.x);
  const y = base64UrlDecode(jwk.y);
  if (!x || !y || x.length !== 32 || y.length !== 32) return undefined;
  return Uint8Array.from([(y[31]! & 1) === 1 ? 3 : 2, ...x]);
}
