import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonLdTools } from '../../../lib/core/ports';
import { createSession } from '../../../lib/core/session';
import { jsonLdTools } from '../../../lib/jsonld/load';
import { importVerifyKey, verifySignature } from '../../../lib/keys/import-key';
import { base58btcEncode, multibaseDecode, toBase64Url } from '../../../lib/keys/multibase';
import { verifyEmbeddedProofs } from '../../../lib/proofs/data-integrity';
import { combinedHash, digest, proofConfiguration } from '../../../lib/proofs/hash';
import { PROOF_SUITES } from '../../../lib/proofs/suites';
import type { Json, ProofSuite } from '../../../lib/proofs/types';
import { createFakeHttp } from '../../support/fake-http';
import { testEnv } from '../../support/env';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const signedVector = () => JSON.parse(readFileSync('tests/fixtures/vectors/w3c-di/eddsa-rdfc-2022_signedDataInt.json', 'utf8')) as Json;
const session = (jsonld?: JsonLdTools, signal?: AbortSignal) => {
  const env = testEnv(createFakeHttp(() => undefined));
  return createSession({ ...env, ...(jsonld ? { jsonld } : {}), ...(signal ? { signal } : {}) });
};

/**
 * A suite that exists only in this test: ECDSA P-384 over RDFC-1.0 with SHA-384, the shape of
 * ecdsa-rdfc-2019 with a P-384 key. Nothing in the production list knows it.
 */
const SIGNATURE_BYTES = 96;
const signedData: Uint8Array[] = [];
const testEcdsaP384: ProofSuite = {
  name: 'test-ecdsa-p384',
  matches: (proof) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'test-ecdsa-p384',
  decodeProofValue(value) {
    const bytes = typeof value === 'string' ? multibaseDecode(value) : undefined;
    return bytes?.length === SIGNATURE_BYTES ? bytes : { problem: 'proofValue is not a multibase P-384 signature' };
  },
  async createVerifier(key) {
    if (key.material.kind !== 'jwk' || key.material.jwk.crv !== 'P-384')
      return { problem: `test-ecdsa-p384 needs a P-384 key; ${key.id} is not one` };
    const cryptoKey = await importVerifyKey(key.material, 'ES384');
    if (!cryptoKey) return { problem: `${key.id} could not be read as a P-384 key` };
    return {
      algorithm: 'ECDSA P-384 / SHA-384',
      verify(data, signature) {
        signedData.push(data);
        return verifySignature(cryptoKey, { name: 'ECDSA', hash: 'SHA-384' }, signature, data);
      },
    };
  },
  async hashData(document, proof, { canonize, signal }) {
    const options = signal ? { signal } : {};
    return combinedHash(await canonize(proofConfiguration(document, proof), options), await canonize(document, options), 'SHA-384');
  },
};
const SUITES = [...PROOF_SUITES, testEcdsaP384];

async function keyPair(namedCurve: 'P-256' | 'P-384') {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve }, true, ['sign', 'verify']);
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const did = `did:jwk:${toBase64Url(new TextEncoder().encode(JSON.stringify({ kty, crv, x, y })))}`;
  return { privateKey: pair.privateKey, verificationMethod: `${did}#0` };
}

/** The vector credential, re-signed by the test suite with a fresh P-384 did:jwk. */
async function signedWithP384(cryptosuite = 'test-ecdsa-p384') {
  const { proof: original, ...document } = signedVector();
  const { privateKey, verificationMethod } = await keyPair('P-384');
  const { proofValue: _old, ...rest } = original as Json;
  const unsigned: Json = { ...rest, cryptosuite, verificationMethod };
  const data = await testEcdsaP384.hashData(document, unsigned, jsonLdTools);
  const signature = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-384' }, privateKey, data as BufferSource));
  return {
    credential: { ...document, proof: { ...unsigned, proofValue: `z${base58btcEncode(signature)}` } } as Json,
    verificationMethod,
    data,
  };
}

const codes = (outcome: { checks: { code: string }[] }) => outcome.checks.map((c) => c.code);

describe('the proof-suite interface is not Ed25519-bound', () => {
  it('a test-only ECDSA P-384 / SHA-384 suite goes through verifyEmbeddedProofs to proof.ok', async () => {
    const { credential, verificationMethod, data } = await signedWithP384();
    signedData.length = 0;
    const outcome = await verifyEmbeddedProofs(credential, session(), SUITES);
    expect(outcome.checks).toEqual([
      expect.objectContaining({ code: 'key.found', outcome: 'pass' }),
      expect.objectContaining({ code: 'proof.ok', outcome: 'pass', detail: `test-ecdsa-p384 signature by ${verificationMethod}` }),
    ]);
    expect(outcome.key).toMatchObject({ id: verificationMethod, source: 'did:jwk' });
    // two SHA-384 digests, proof configuration first: what the suite chose, not a fixed 64-byte layout
    expect(signedData).toHaveLength(1);
    expect(signedData[0]).toHaveLength(96);
    expect(hex(signedData[0]!)).toBe(hex(data));
  });

  it('the production list does not know the test suite', async () => {
    const { credential } = await signedWithP384();
    const outcome = await verifyEmbeddedProofs(credential, session());
    expect(outcome.checks).toEqual([expect.objectContaining({ outcome: 'error', code: 'proof.unsupported-type' })]);
  });

  it('a changed field breaks the P-384 signature', async () => {
    const { credential } = await signedWithP384();
    const outcome = await verifyEmbeddedProofs({ ...credential, validFrom: '2030-01-01T00:00:00Z' }, session(), SUITES);
    expect(outcome.key).toBeUndefined();
    expect(codes(outcome)).toEqual(['key.found', 'proof.signature-invalid']);
  });

  it('a key on the wrong curve is key.malformed with the suite’s reason, before any hashing', async () => {
    const { credential } = await signedWithP384();
    const { verificationMethod } = await keyPair('P-256');
    let canonized = 0;
    const counting: JsonLdTools = {
      ...jsonLdTools,
      canonize: (document, options) => (canonized++, jsonLdTools.canonize(document, options)),
    };
    const outcome = await verifyEmbeddedProofs(
      { ...credential, proof: { ...(credential.proof as Json), verificationMethod } },
      session(counting),
      SUITES,
    );
    expect(outcome.checks).toEqual([
      expect.objectContaining({ code: 'key.found' }),
      expect.objectContaining({
        code: 'key.malformed',
        outcome: 'fail',
        detail: `test-ecdsa-p384 needs a P-384 key; ${verificationMethod} is not one`,
      }),
    ]);
    expect(canonized).toBe(0);
  });

  it('an Ed25519 suite refuses the P-384 key the same way (the key check lives in the suite)', async () => {
    const { credential, verificationMethod } = await signedWithP384();
    const proof = {
      ...(credential.proof as Json),
      cryptosuite: 'eddsa-rdfc-2022',
      proofValue: `z${base58btcEncode(new Uint8Array(64).fill(7))}`,
    };
    const outcome = await verifyEmbeddedProofs({ ...credential, proof }, session(), SUITES);
    expect(outcome.checks[1]).toMatchObject({
      code: 'key.malformed',
      detail: `eddsa-rdfc-2022 needs an Ed25519 key; ${verificationMethod} is not one`,
    });
  });

  it.each([
    ['a 64-byte (Ed25519-sized) value', `z${base58btcEncode(new Uint8Array(64).fill(1))}`],
    ['a value without a multibase prefix', 'abc'],
    ['a number', 42],
  ])('a malformed proofValue (%s) is proof.malformed with the suite’s reason', async (_what, proofValue) => {
    const { credential } = await signedWithP384();
    const outcome = await verifyEmbeddedProofs({ ...credential, proof: { ...(credential.proof as Json), proofValue } }, session(), SUITES);
    expect(outcome.checks).toEqual([
      expect.objectContaining({
        code: 'proof.malformed',
        outcome: 'fail',
        detail: 'proofValue is not a multibase P-384 signature',
        pointer: '/proof/proofValue',
      }),
    ]);
  });

  it('hashing goes through the JSON-LD tools of the environment, with the run’s abort signal', async () => {
    const { credential } = await signedWithP384();
    const controller = new AbortController();
    const seen: (AbortSignal | undefined)[] = [];
    const recording: JsonLdTools = {
      ...jsonLdTools,
      canonize: (document, options) => (seen.push(options?.signal), jsonLdTools.canonize(document, options)),
    };
    const outcome = await verifyEmbeddedProofs(credential, session(recording, controller.signal), SUITES);
    expect(codes(outcome)).toContain('proof.ok');
    expect(seen).toEqual([controller.signal, controller.signal]);
  });

  it('a JSON-LD failure from the tools port maps to its check code; any other error is internal', async () => {
    const { credential } = await signedWithP384();
    const { JsonLdFailure } = await import('../../../lib/jsonld/errors');
    const failing = (e: Error): JsonLdTools => ({ ...jsonLdTools, canonize: () => Promise.reject(e) });
    const problem = await verifyEmbeddedProofs(
      credential,
      session(failing(new JsonLdFailure({ kind: 'safe-mode', detail: 'term x' }))),
      SUITES,
    );
    expect(problem.checks[1]).toMatchObject({ code: 'jsonld.safe-mode', outcome: 'fail' });
    const broken = await verifyEmbeddedProofs(credential, session(failing(new TypeError('port down'))), SUITES);
    expect(broken.checks[1]).toMatchObject({ code: 'internal.error', outcome: 'error', detail: 'TypeError: port down' });
  });
});

describe('hash helpers take the algorithm', () => {
  it('SHA-384 and SHA-256 digests (FIPS 180-2 "abc")', async () => {
    expect(hex(await digest('abc', 'SHA-384'))).toBe(
      'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    );
    expect(hex(await digest('abc', 'SHA-256'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('combinedHash is proof digest ‖ document digest in the chosen algorithm', async () => {
    const combined = await combinedHash('proof', 'document', 'SHA-384');
    expect(combined).toHaveLength(96);
    expect(hex(combined)).toBe(hex(await digest('proof', 'SHA-384')) + hex(await digest('document', 'SHA-384')));
    expect(hex(await combinedHash('proof', 'document'))).toBe(
      hex(await digest('proof', 'SHA-256')) + hex(await digest('document', 'SHA-256')),
    );
  });
});
