/**
 * The page-scale bench's world (issue 9 part 1): one profile page with 200 badges from 20 issuers, ten
 * each, in the mix real profiles have — hosted and signed Open Badges 2.0 baked into PNGs, Open Badges
 * 3.0 with Data Integrity proofs (eddsa-rdfc-2022, eddsa-jcs-2022) and as VC-JWTs, some issuers
 * publishing a Bitstring status list. Made in memory from the test keys in tests/fixtures/keys (a
 * second or two), served by the demo server beside its own world (`startDemoServer({ resources })`).
 * Every badge verifies; the bench counts the chips that say so.
 */
import { createHash, createPrivateKey, createPublicKey, sign as nodeSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CompactSign, importPKCS8 } from 'jose';
import { jsonLdTools } from '../lib/jsonld/load';
import { base58btcEncode } from '../lib/keys/multibase';
import { eddsaJcs2022 } from '../lib/proofs/eddsa-jcs-2022';
import { eddsaRdfc2022 } from '../lib/proofs/eddsa-rdfc-2022';
import type { ProofSuite } from '../lib/proofs/types';
import { bakePng, makePng } from '../scripts/fixtures/bake';
import type { Resource } from '../scripts/demo/world';

type Json = Record<string, unknown>;

export const WORLD_PAGE_HOST = 'cv.example.net';
export const WORLD_PAGE_URL = `https://${WORLD_PAGE_HOST}/200-badges-20-issuers.html`;
export const WORLD_BADGES = 200;

/** What an issuer publishes; `status`: its credentials carry status list entries. */
type IssuerKind =
  | { format: 'ob2-hosted' }
  | { format: 'ob2-signed'; revocationList: boolean }
  | { format: 'ob3-di'; suite: ProofSuite; status: boolean }
  | { format: 'ob3-jwt'; status: boolean };

/** Twenty issuers: 6 hosted OB 2.0, 4 signed OB 2.0, 7 OB 3.0 Data Integrity, 3 OB 3.0 VC-JWT; 6 with status or revocation lists. */
const ISSUERS: IssuerKind[] = [
  ...Array.from({ length: 6 }, () => ({ format: 'ob2-hosted' }) as const),
  ...[true, false, true, false].map((revocationList) => ({ format: 'ob2-signed', revocationList }) as const),
  ...[true, false, true, false, false].map((status) => ({ format: 'ob3-di', suite: eddsaRdfc2022, status }) as const),
  ...[false, false].map((status) => ({ format: 'ob3-di', suite: eddsaJcs2022, status }) as const),
  ...[true, false, true].map((status) => ({ format: 'ob3-jwt', status }) as const),
];
const PER_ISSUER = WORLD_BADGES / ISSUERS.length;

const KEYS = 'tests/fixtures/keys';
const ED = 'issuer-ed25519.pem';
const RSA = 'issuer-rsa.pem';
const OB2 = 'https://w3id.org/openbadges/v2';
const VC2 = 'https://www.w3.org/ns/credentials/v2';
const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const OB3_EXT = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
const CREATED = '2025-06-01T09:00:00Z';
const RECIPIENT = 'ada@example.com';

const pem = (name: string) => readFileSync(join(KEYS, name), 'utf8');
const privateKey = (name: string) => createPrivateKey(pem(name));
const ed25519Multikey = () => {
  const x = createPublicKey(privateKey(ED)).export({ format: 'jwk' }).x!;
  return `z${base58btcEncode(Uint8Array.from([0xed, 0x01, ...Buffer.from(x, 'base64url')]))}`;
};
const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

export const issuerHost = (n: number) => `badges.issuer-${String(n + 1).padStart(2, '0')}.example.org`;
const issuerName = (n: number) => `Example Issuer ${n + 1}`;

interface World {
  resources: Map<string, Resource>;
  /** `<li>` rows of the page, in page order. */
  rows: string[];
}

const asJson = (value: unknown): Resource => ({ contentType: 'application/ld+json', body: JSON.stringify(value, null, 2) });

/** An issuer's page rows and resources. */
async function issuer(w: World, n: number, kind: IssuerKind, png: Uint8Array): Promise<void> {
  const origin = `https://${issuerHost(n)}`;
  const put = (path: string, value: unknown) => w.resources.set(`${origin}${path}`, asJson(value));
  const badge = (i: number) => i + n * PER_ISSUER;
  if (kind.format === 'ob2-hosted' || kind.format === 'ob2-signed') {
    ob2Issuer(put, origin, n, kind);
    for (let i = 0; i < PER_ISSUER; i++) {
      const claims = ob2Assertion(origin, n, i, kind.format === 'ob2-signed');
      if (kind.format === 'ob2-hosted') put(`/assertions/${i}.json`, claims);
      const text = kind.format === 'ob2-hosted' ? JSON.stringify(claims) : await signJws(claims, RSA, 'RS256');
      w.resources.set(`${origin}/baked/${i}.png`, { contentType: 'image/png', body: Buffer.from(bakePng(png, text)) });
      w.rows.push(`<li><img src="${origin}/baked/${i}.png" alt="Badge ${badge(i)} from ${issuerName(n)}" width="48" height="48"></li>`);
    }
    return;
  }
  const did = `did:web:${issuerHost(n)}`;
  put('/.well-known/did.json', {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [{ id: `${did}#key-1`, type: 'Multikey', controller: did, publicKeyMultibase: ed25519Multikey() }],
    assertionMethod: [`${did}#key-1`],
  });
  const list = `${origin}/status/revocation`;
  if (kind.status) put('/status/revocation', await statusList(list, did));
  for (let i = 0; i < PER_ISSUER; i++) {
    const credential = ob3Credential(origin, did, n, i, kind.status ? list : undefined);
    if (kind.format === 'ob3-jwt') {
      const jwt = await signJws(jwtPayload(credential), ED, 'EdDSA', { typ: 'vc+jwt', kid: `${did}#key-1` });
      w.resources.set(`${origin}/credentials/${i}.jwt`, { contentType: 'text/plain; charset=utf-8', body: jwt });
      w.rows.push(`<li><a href="${origin}/credentials/${i}.jwt">Credential ${badge(i)} from ${issuerName(n)}</a></li>`);
    } else {
      put(`/credentials/${i}.json`, await signDi(credential, kind.suite, `${did}#key-1`));
      w.rows.push(`<li><a href="${origin}/credentials/${i}.json">Credential ${badge(i)} from ${issuerName(n)}</a></li>`);
    }
  }
}

function ob2Issuer(put: (path: string, value: unknown) => void, origin: string, n: number, kind: IssuerKind): void {
  const id = `${origin}/issuer.json`;
  const signed = kind.format === 'ob2-signed';
  put('/issuer.json', {
    '@context': OB2,
    type: 'Issuer',
    id,
    name: issuerName(n),
    url: origin,
    email: `badges@issuer-${n + 1}.example.org`,
    ...(signed ? { publicKey: `${origin}/keys/rsa.json` } : {}),
    ...(kind.format === 'ob2-signed' && kind.revocationList ? { revocationList: `${origin}/revocations.json` } : {}),
  });
  put('/badge.json', {
    '@context': OB2,
    type: 'BadgeClass',
    id: `${origin}/badge.json`,
    name: `${issuerName(n)} Practitioner`,
    description: `Awarded by ${issuerName(n)} for completing its practitioner course.`,
    image: `${origin}/badge.png`,
    criteria: { narrative: 'Pass the course and its final project.' },
    issuer: id,
  });
  if (!signed) return;
  const publicKeyPem = createPublicKey(privateKey(RSA)).export({ type: 'spki', format: 'pem' }).toString();
  put('/keys/rsa.json', { '@context': OB2, type: 'CryptographicKey', id: `${origin}/keys/rsa.json`, owner: id, publicKeyPem });
  put('/revocations.json', {
    '@context': OB2,
    type: 'RevocationList',
    id: `${origin}/revocations.json`,
    issuer: id,
    revokedAssertions: [{ id: 'urn:uuid:00000000-0000-4000-8000-000000000000', revocationReason: 'Awarded in error' }],
  });
}

function ob2Assertion(origin: string, n: number, i: number, signed: boolean): Json {
  const uuid = `urn:uuid:2a0e9f3c-5b1d-4c7e-8f00-${String(n * 100 + i).padStart(12, '0')}`;
  return {
    '@context': OB2,
    type: 'Assertion',
    id: signed ? uuid : `${origin}/assertions/${i}.json`,
    recipient: { type: 'email', hashed: true, salt: `s${i}`, identity: `sha256$${sha256Hex(`${RECIPIENT}s${i}`)}` },
    badge: `${origin}/badge.json`,
    issuedOn: '2025-03-01T09:00:00Z',
    verification: signed ? { type: 'SignedBadge', creator: `${origin}/keys/rsa.json` } : { type: 'HostedBadge' },
  };
}

function ob3Credential(origin: string, did: string, n: number, i: number, list: string | undefined): Json {
  return {
    '@context': [VC2, OB3, OB3_EXT],
    id: `${origin}/credentials/${i}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${issuerName(n)} Credential ${i + 1}`,
    issuer: { id: did, type: ['Profile'], name: issuerName(n), url: origin },
    validFrom: '2025-06-01T09:00:00Z',
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'emailAddress',
          hashed: true,
          salt: `s${i}`,
          identityHash: `sha256$${sha256Hex(`${RECIPIENT}s${i}`)}`,
        },
      ],
      achievement: {
        id: `${origin}/achievements/${i % 3}`,
        type: ['Achievement'],
        name: `${issuerName(n)} Skill ${(i % 3) + 1}`,
        description: 'Awarded for a completed course module.',
        criteria: { narrative: 'Complete the module and its assessment.' },
      },
    },
    ...(list
      ? {
          credentialStatus: {
            id: `${list}#${i + 10}`,
            type: 'BitstringStatusListEntry',
            statusPurpose: 'revocation',
            statusListIndex: String(i + 10),
            statusListCredential: list,
          },
        }
      : {}),
  };
}

async function signDi(credential: Json, suite: ProofSuite, verificationMethod: string): Promise<Json> {
  const proof: Json = {
    type: 'DataIntegrityProof',
    cryptosuite: suite.name,
    created: CREATED,
    verificationMethod,
    proofPurpose: 'assertionMethod',
  };
  const data = await suite.hashData(credential, proof, jsonLdTools);
  return { ...credential, proof: { ...proof, proofValue: `z${base58btcEncode(nodeSign(null, data, privateKey(ED)))}` } };
}

/** A Bitstring status list with entry 3 set (no badge on the page uses it), signed eddsa-rdfc-2022 by `did`. */
async function statusList(url: string, did: string): Promise<Json> {
  const bits = new Uint8Array(131_072 / 8);
  bits[0] = 0x10;
  const list = {
    '@context': [VC2],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: did,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: `u${gzipSync(bits).toString('base64url')}`,
    },
  };
  return signDi(list, eddsaRdfc2022, `${did}#key-1`);
}

function jwtPayload(credential: Json): Json {
  const issuerId = (credential.issuer as Json).id as string;
  return { ...credential, iss: issuerId, jti: credential.id, nbf: Math.floor(Date.parse(credential.validFrom as string) / 1000) };
}

/** EdDSA and RS256 (PKCS #1 v1.5) signatures are deterministic, so the world is the same every run. */
async function signJws(payload: unknown, keyName: string, alg: 'EdDSA' | 'RS256', header: Json = {}): Promise<string> {
  const key = await importPKCS8(pem(keyName), alg);
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg, ...header }).sign(key);
}

/** The page and every issuer resource, by URL. Rows are interleaved by issuer, as a profile sorted by date would be. */
export async function makeTwentyIssuerWorld(): Promise<Map<string, Resource>> {
  const w: World = { resources: new Map(), rows: [] };
  const png = makePng({ width: 48, height: 48 });
  for (const [n, kind] of ISSUERS.entries()) await issuer(w, n, kind, png);
  const rows = Array.from({ length: WORLD_BADGES }, (_, k) => w.rows[(k % ISSUERS.length) * PER_ISSUER + Math.floor(k / ISSUERS.length)]!);
  w.resources.set(WORLD_PAGE_URL, {
    contentType: 'text/html; charset=utf-8',
    headers: { 'cache-control': 'no-cache' },
    body: `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Ada Lovelace — 200 badges</title></head>\n<body><h1>Ada Lovelace</h1>\n<ul>\n${rows.join('\n')}\n</ul>\n</body></html>\n`,
  });
  return w.resources;
}

/** How many badges of each format the page holds. */
export function worldFormats(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of ISSUERS) counts[kind.format] = (counts[kind.format] ?? 0) + PER_ISSUER;
  return counts;
}
