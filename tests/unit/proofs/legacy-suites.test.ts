import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import type { JsonLdTools } from '../../../lib/core/ports';
import { createSession } from '../../../lib/core/session';
import { BUNDLED_CONTEXTS } from '../../../lib/jsonld/bundled-contexts';
import { jsonLdTools } from '../../../lib/jsonld/load';
import { verifyEmbeddedProofs } from '../../../lib/proofs/data-integrity';
import { ed25519Signature2018 } from '../../../lib/proofs/ed25519-signature-2018';
import { jsonWebSignature2020 } from '../../../lib/proofs/json-web-signature-2020';
import type { Json, ProofSuite } from '../../../lib/proofs/types';
import { createFakeHttp, type FakeRoute } from '../../support/fake-http';
import { testEnv } from '../../support/env';

const DIR = 'tests/fixtures/vectors/jws-2020';
const read = (name: string) => JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')) as Json;
const codes = (outcome: { checks: { code: string }[] }) => outcome.checks.map((c) => c.code);
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function sessionServing(routes: Record<string, unknown>, jsonldTools?: JsonLdTools) {
  const http = createFakeHttp((url) => (url in routes ? ({ body: JSON.stringify(routes[url]) } as FakeRoute) : undefined));
  return createSession({ ...testEnv(http), ...(jsonldTools ? { jsonld: jsonldTools } : {}) });
}

/** The bundled contexts plus the two the spec example needs (see the vector README); URDNA2015, not safe mode. */
function exampleTools(): JsonLdTools {
  const extra = new Map<string, unknown>([
    ['https://www.w3.org/2018/credentials/examples/v1', read('credentials-examples-v1.json')],
    ['https://www.w3.org/ns/odrl.jsonld', { '@context': {} }],
  ]);
  const documentLoader = async (url: string) => ({
    contextUrl: null,
    documentUrl: url,
    document: BUNDLED_CONTEXTS.get(url) ?? extra.get(url),
  });
  const canonize = (document: unknown) => jsonld.canonize(document, { algorithm: 'URDNA2015', documentLoader });
  return { canonize, canonizeWithLabels: () => Promise.reject(new Error('not used')) };
}

const ISSUER = 'https://example.com/issuer/123';
const KEY = '#ovsDKYBjFemIy8DVhc-w2LSi8CvXMw2AYDzHj04yxkc';
const issuerDocument = {
  id: ISSUER,
  verificationMethod: [
    {
      id: KEY,
      type: 'JsonWebKey2020',
      controller: ISSUER,
      publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: 'CV-aGlld3nVdgnhoZK0D36Wk-9aIMlZjZOK2XhPMnkQ' },
    },
  ],
  assertionMethod: [KEY],
};

describe('JsonWebSignature2020 (w3c-ccg/lds-jws2020 example)', () => {
  it('the spec example verifies, with a warning that the suite is superseded', async () => {
    const outcome = await verifyEmbeddedProofs(
      read('spec-example-vc_0.json'),
      sessionServing({ [ISSUER]: issuerDocument }, exampleTools()),
    );
    expect(codes(outcome)).toEqual(['key.found', 'proof.ok', 'proof.legacy-suite']);
    expect(outcome.checks[2]).toMatchObject({ outcome: 'fail', detail: expect.stringContaining('JsonWebSignature2020 is superseded') });
    expect(outcome.key?.id).toBe(`${ISSUER}${KEY}`);
  });

  it('a changed claim breaks it', async () => {
    const signed = read('spec-example-vc_0.json');
    const outcome = await verifyEmbeddedProofs(
      { ...signed, issuanceDate: '2021-03-10T04:24:12.164Z' },
      sessionServing({ [ISSUER]: issuerDocument }, exampleTools()),
    );
    expect(codes(outcome)).toEqual(['key.found', 'proof.signature-invalid']);
  });
});

/** A credential with a detached-JWS proof signed here, over the bundled VCDM 1.1 (+ jws-2020) contexts. */
async function signDetached(
  suite: ProofSuite,
  alg: string,
  privateKey: Parameters<typeof sign>[2],
  verificationMethod: string,
  contexts: string[],
  header: Json = {},
) {
  const document: Json = {
    '@context': ['https://www.w3.org/2018/credentials/v1', ...contexts],
    id: 'urn:uuid:0c2b1d7e-8f4e-4f51-9d1d-5a3a5b8f2e10',
    type: ['VerifiableCredential'],
    issuer: 'did:example:issuer',
    issuanceDate: '2024-01-01T00:00:00Z',
    credentialSubject: { id: 'did:example:subject' },
  };
  const encoded = b64url({ alg, b64: false, crit: ['b64'], ...header });
  const proof: Json = {
    type: suite.name,
    created: '2024-01-01T00:00:00Z',
    verificationMethod,
    proofPurpose: 'assertionMethod',
    jws: `${encoded}..`,
  };
  const data = await suite.hashData(document, proof, jsonLdTools);
  const hash = alg === 'EdDSA' ? null : alg === 'ES256K' ? 'sha256' : `sha${alg.slice(2)}`;
  const options = alg.startsWith('ES')
    ? { key: privateKey, dsaEncoding: 'ieee-p1363' as const }
    : alg.startsWith('PS')
      ? { key: privateKey, padding: 6, saltLength: 32 }
      : privateKey;
  const signature = sign(hash, data, options as Parameters<typeof sign>[2]);
  return { ...document, proof: { ...proof, jws: `${encoded}..${signature.toString('base64url')}` } } as Json;
}

function didJwk(publicKey: { export(o: { format: 'jwk' }): object }) {
  return `did:jwk:${b64url(publicKey.export({ format: 'jwk' }))}#0`;
}

describe('detached-JWS suites signed here', () => {
  const JWS2020 = ['https://w3id.org/security/suites/jws-2020/v1'];
  const offline = () => sessionServing({});

  it.each([
    ['EdDSA', () => generateKeyPairSync('ed25519')],
    ['ES256', () => generateKeyPairSync('ec', { namedCurve: 'P-256' })],
    ['ES384', () => generateKeyPairSync('ec', { namedCurve: 'P-384' })],
    ['PS256', () => generateKeyPairSync('rsa', { modulusLength: 2048 })],
  ] as const)('JsonWebSignature2020 with %s verifies (superseded), and not once a claim changed', async (alg, pair) => {
    const { publicKey, privateKey } = pair();
    const signed = await signDetached(jsonWebSignature2020, alg, privateKey, didJwk(publicKey), JWS2020);
    expect(codes(await verifyEmbeddedProofs(signed, offline()))).toEqual(['key.found', 'proof.ok', 'proof.legacy-suite']);
    expect(codes(await verifyEmbeddedProofs({ ...signed, issuanceDate: '2024-02-01T00:00:00Z' }, offline()))).toEqual([
      'key.found',
      'proof.signature-invalid',
    ]);
  });

  it('Ed25519Signature2018 (VCDM 1.1 context) verifies with its legacy warning', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const signed = await signDetached(ed25519Signature2018, 'EdDSA', privateKey, didJwk(publicKey), []);
    const outcome = await verifyEmbeddedProofs(signed, offline());
    expect(codes(outcome)).toEqual(['key.found', 'proof.ok', 'proof.legacy-suite']);
    expect(outcome.checks[2]?.detail).toBe('Ed25519Signature2018 is superseded by eddsa-rdfc-2022');
    expect(codes(await verifyEmbeddedProofs({ ...signed, credentialSubject: { id: 'did:example:other' } }, offline()))).toEqual([
      'key.found',
      'proof.signature-invalid',
    ]);
  });

  it('a header naming another algorithm than the key’s does not verify', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const signed = await signDetached(jsonWebSignature2020, 'ES384', privateKey, didJwk(publicKey), JWS2020);
    expect(codes(await verifyEmbeddedProofs(signed, offline()))).toEqual(['key.found', 'proof.signature-invalid']);
  });

  it('an encoded payload (no b64: false) or an alg the suite does not use is malformed, before any key is looked up', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const signed = await signDetached(ed25519Signature2018, 'EdDSA', privateKey, didJwk(publicKey), []);
    const proof = signed.proof as Json;
    const [, , signature] = (proof.jws as string).split('.');
    for (const header of [{ alg: 'EdDSA' }, { alg: 'ES256', b64: false, crit: ['b64'] }]) {
      const outcome = await verifyEmbeddedProofs({ ...signed, proof: { ...proof, jws: `${b64url(header)}..${signature}` } }, offline());
      expect(outcome.checks).toEqual([expect.objectContaining({ code: 'proof.malformed', outcome: 'fail' })]);
    }
    const notJws = await verifyEmbeddedProofs({ ...signed, proof: { ...proof, jws: 'not a jws' } }, offline());
    expect(notJws.checks).toEqual([expect.objectContaining({ code: 'proof.malformed', pointer: '/proof/jws' })]);
  });

  it('JsonWebSignature2020 with a secp256k1 key (ES256K) verifies, and not once a claim changed', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    const signed = await signDetached(jsonWebSignature2020, 'ES256K', privateKey, didJwk(publicKey), JWS2020);
    expect(codes(await verifyEmbeddedProofs(signed, offline()))).toEqual(['key.found', 'proof.ok', 'proof.legacy-suite']);
    expect(codes(await verifyEmbeddedProofs({ ...signed, issuanceDate: '2024-02-01T00:00:00Z' }, offline()))).toEqual([
      'key.found',
      'proof.signature-invalid',
    ]);
  });

  it('a key the suite does not sign with is key.suite-mismatch, naming both', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    const signed = await signDetached(ed25519Signature2018, 'EdDSA', privateKey, didJwk(publicKey), []);
    const outcome = await verifyEmbeddedProofs(signed, offline());
    expect(outcome.checks).toEqual([
      expect.objectContaining({ code: 'key.found' }),
      expect.objectContaining({
        code: 'key.suite-mismatch',
        outcome: 'fail',
        detail: expect.stringMatching(/^Ed25519Signature2018 signs with EdDSA; did:jwk:.* is a secp256k1 key$/),
      }),
    ]);
  });
});
