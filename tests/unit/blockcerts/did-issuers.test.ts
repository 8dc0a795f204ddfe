import { describe, expect, it } from 'vitest';
import { toHex } from '../../../lib/util/bytes';
import { jsonLdTools } from '../../../lib/jsonld/load';
import { base58btcEncode, toBase64Url } from '../../../lib/keys/multibase';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { buildBitcoinWorld } from '../../../scripts/fixtures/bitcoin-anchor-world';
import { createFakeHttp, type FakeRoute } from '../../support/fake-http';
import { testEnv } from '../../support/env';

/** The test key of the synthetic Bitcoin world (scripts/fixtures/bitcoin-anchor-world.ts), and its P2PKH address. */
const KEY_WORLD = buildBitcoinWorld({ merkleRoot: '00'.repeat(32) });
const PUBLIC_KEY = Uint8Array.from(Buffer.from(KEY_WORLD.publicKey, 'hex'));
const ADDRESS = KEY_WORLD.address;
const DID_KEY = `did:key:z${base58btcEncode(Uint8Array.from([0xe7, 0x01, ...PUBLIC_KEY]))}`;
const DID_WEB = 'did:web:issuer.example.org';

/** y of a compressed secp256k1 key: y² = x³ + 7 mod p, p ≡ 3 mod 4, so y = (x³ + 7)^((p + 1) / 4). */
function secp256k1Y(compressed: Uint8Array): Uint8Array {
  const p = 2n ** 256n - 2n ** 32n - 977n;
  const pow = (b: bigint, e: bigint) => {
    let r = 1n;
    for (let base = b % p; e > 0n; e >>= 1n, base = (base * base) % p) if (e & 1n) r = (r * base) % p;
    return r;
  };
  const x = BigInt(`0x${toHex(compressed.subarray(1))}`);
  let y = pow((x ** 3n + 7n) % p, (p + 1n) / 4n);
  if ((y & 1n) !== BigInt(compressed[0]! & 1)) y = p - y;
  return Uint8Array.from(Buffer.from(y.toString(16).padStart(64, '0'), 'hex'));
}

/** CBOR for the few shapes a MerkleProof2019 proofValue uses. */
function cbor(value: number | string | Uint8Array | unknown[]): number[] {
  const head = (major: number, n: number) =>
    n < 24 ? [(major << 5) | n] : n < 256 ? [(major << 5) | 24, n] : [(major << 5) | 25, n >> 8, n & 0xff];
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') return [...head(3, value.length), ...new TextEncoder().encode(value)];
  if (value instanceof Uint8Array) return [...head(2, value.length), ...value];
  return [...head(4, value.length), ...value.flatMap((v) => cbor(v as never))];
}
const wrapped = (hex: string) => Uint8Array.from(cbor(hex));

/** A v3 certificate by `issuer`, alone in its batch, anchored in a transaction built for it. */
async function issue(issuer: string) {
  const document = {
    '@context': ['https://www.w3.org/2018/credentials/v1', 'https://w3id.org/blockcerts/v3'],
    id: 'urn:uuid:6f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0',
    type: ['VerifiableCredential', 'BlockcertsCredential'],
    issuer,
    issuanceDate: '2018-02-07T12:00:00Z',
    credentialSubject: { id: 'did:example:ada', name: 'Ada Lovelace' },
  };
  const hash = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(await jsonLdTools.canonize(document)))));
  const world = buildBitcoinWorld({ merkleRoot: hash });
  const txId = world.spending.txId;
  const value = cbor([
    [0, wrapped(hash)],
    [1, wrapped(hash)],
    [
      2,
      [
        [
          [0, 0],
          [1, 1],
          [2, wrapped(txId)],
        ],
      ],
    ],
    [3, []],
  ]);
  const proof = {
    type: 'MerkleProof2019',
    created: '2018-02-08T00:30:00Z',
    proofPurpose: 'assertionMethod',
    verificationMethod: `${issuer}#key-1`,
    proofValue: `z${base58btcEncode(Uint8Array.from(value))}`,
  };
  const routes: Record<string, FakeRoute> = {};
  for (const base of ['https://blockstream.info', 'https://mempool.space']) {
    routes[`${base}/api/tx/${txId}`] = { body: JSON.stringify(world.spending.esplora) };
    routes[`${base}/api/tx/${world.funding.txId}/hex`] = { body: world.funding.hex, contentType: 'text/plain' };
  }
  return { bytes: new TextEncoder().encode(JSON.stringify({ ...document, proof })), routes };
}

const didDocument = {
  '@context': ['https://www.w3.org/ns/did/v1'],
  id: DID_WEB,
  verificationMethod: [
    {
      id: `${DID_WEB}#key-1`,
      type: 'JsonWebKey2020',
      controller: DID_WEB,
      publicKeyJwk: { kty: 'EC', crv: 'secp256k1', x: toBase64Url(PUBLIC_KEY.subarray(1)), y: toBase64Url(secp256k1Y(PUBLIC_KEY)) },
    },
  ],
  assertionMethod: [`${DID_WEB}#key-1`],
};

describe('Blockcerts issuers named by a DID', () => {
  it('did:key: its secp256k1 key is the Bitcoin address the anchor must come from', async () => {
    const { bytes, routes } = await issue(DID_KEY);
    const http = createFakeHttp((url) => routes[url]);
    const [result] = await verifyBytes(bytes, 'cert.json', { ...testEnv(http), anchors: true });
    expect(result?.checks.find((c) => c.code === 'blockcerts.keys-listed')?.detail).toContain(ADDRESS);
    expect(result?.checks.find((c) => c.id === 'anchor')).toMatchObject({ outcome: 'pass', code: 'anchor.ok' });
    expect(result?.status).toBe('verified');
    expect(result?.credential.issuer?.vouchedBy).toEqual({ kind: 'did', value: DID_KEY });
    expect(http.unmapped).toEqual([]);
  });

  it('did:web: the DID document key, from its JWK', async () => {
    const { bytes, routes } = await issue(DID_WEB);
    const http = createFakeHttp((url) =>
      url === 'https://issuer.example.org/.well-known/did.json' ? { body: JSON.stringify(didDocument) } : routes[url],
    );
    const [result] = await verifyBytes(bytes, 'cert.json', { ...testEnv(http), anchors: true });
    expect(result?.checks.map((c) => c.code)).toEqual(
      expect.arrayContaining([
        'blockcerts.hash-ok',
        'blockcerts.merkle-ok',
        'issuer.ok',
        'blockcerts.keys-listed',
        'blockcerts.revocation-none',
        'anchor.ok',
      ]),
    );
    expect(result?.status).toBe('verified');
  });

  it('did:web with another key than the one that sent the transaction: invalid', async () => {
    const { bytes, routes } = await issue(DID_WEB);
    const other = {
      ...didDocument,
      verificationMethod: [
        {
          ...didDocument.verificationMethod[0]!,
          publicKeyJwk: {
            ...didDocument.verificationMethod[0]!.publicKeyJwk,
            y: toBase64Url(secp256k1Y(Uint8Array.from([0x03, ...PUBLIC_KEY.subarray(1)]))),
          },
        },
      ],
    };
    const http = createFakeHttp((url) =>
      url === 'https://issuer.example.org/.well-known/did.json' ? { body: JSON.stringify(other) } : routes[url],
    );
    const [result] = await verifyBytes(bytes, 'cert.json', { ...testEnv(http), anchors: true });
    expect(result?.checks.find((c) => c.id === 'anchor')?.code).toBe('anchor.key-not-issuer');
    expect(result?.status).toBe('invalid');
  });

  it('did:web whose document cannot be fetched: unverifiable', async () => {
    const { bytes, routes } = await issue(DID_WEB);
    const http = createFakeHttp((url) => routes[url]);
    const [result] = await verifyBytes(bytes, 'cert.json', { ...testEnv(http), anchors: true });
    expect(result?.checks.find((c) => c.id === 'issuer')).toMatchObject({ outcome: 'error' });
    expect(result?.status).toBe('unverifiable');
  });

  it('anchors off, a did:key certificate whose local checks pass is still unverifiable', async () => {
    const { bytes } = await issue(DID_KEY);
    const http = createFakeHttp(() => undefined);
    const [result] = await verifyBytes(bytes, 'cert.json', testEnv(http));
    expect(result?.checks.find((c) => c.id === 'anchor')?.code).toBe('anchor.not-checked');
    expect(result?.status).toBe('unverifiable');
    expect(http.requests).toEqual([]);
  });
});
