import { readFileSync } from 'node:fs';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { canonizeRdfc, jsonLdTools } from '../../../lib/jsonld/load';
import { createSession } from '../../../lib/core/session';
import { resolveVerificationMethod } from '../../../lib/keys/resolve';
import { verifyEmbeddedProofs } from '../../../lib/proofs/data-integrity';
import { createEcdsaVerifier } from '../../../lib/proofs/ecdsa';
import { ecdsaJcs2019 } from '../../../lib/proofs/ecdsa-jcs-2019';
import { ecdsaRdfc2019 } from '../../../lib/proofs/ecdsa-rdfc-2019';
import { combinedHash, proofConfiguration } from '../../../lib/proofs/hash';
import { isSuiteProblem, type Json, type ProofSuite } from '../../../lib/proofs/types';
import { createFakeHttp } from '../../support/fake-http';
import { testEnv } from '../../support/env';

const DIR = 'tests/fixtures/vectors/w3c-di-ecdsa';
const read = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');
const json = (name: string) => JSON.parse(read(name)) as Json;
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const offline = () => createSession(testEnv(createFakeHttp(() => undefined)));

function split(signed: Json) {
  const { proof, ...document } = signed;
  return { document, proof: proof as Json };
}

async function verifierFor(suite: ProofSuite, proof: Json) {
  const resolved = await resolveVerificationMethod(proof.verificationMethod as string, offline());
  if (!resolved.ok) throw new Error(resolved.check.detail);
  const verifier = await suite.createVerifier(resolved.key);
  if (isSuiteProblem(verifier)) throw new Error(verifier.problem);
  return verifier;
}

const RDFC = [
  { set: 'ecdsa-rdfc-2019-p256', suffix: 'ECDSAP256', curve: 'P-256', hash: 'SHA-256', bytes: 64 },
  { set: 'ecdsa-rdfc-2019-p384', suffix: 'ECDSAP384', curve: 'P-384', hash: 'SHA-384', bytes: 96 },
] as const;
const JCS = [
  { set: 'ecdsa-jcs-2019-p256', suffix: 'JCSECDSAP256', curve: 'P-256', hash: 'SHA-256', bytes: 64 },
  { set: 'ecdsa-jcs-2019-p384', suffix: 'JCSECDSAP384', curve: 'P-384', hash: 'SHA-384', bytes: 96 },
] as const;

describe('ecdsa-rdfc-2019 (W3C vc-di-ecdsa vectors)', () => {
  it.each(RDFC)(
    '$set: canonical document, canonical proof configuration and the $hash combined hash',
    async ({ set, suffix, hash, bytes }) => {
      const { document, proof } = split(json(`${set}_signed${suffix}.json`));
      const canonDoc = await canonizeRdfc(document);
      const canonProof = await canonizeRdfc(proofConfiguration(document, proof));
      expect(canonDoc).toBe(read(`${set}_canonDoc${suffix}.txt`));
      expect(canonProof).toBe(read(`${set}_proofCanon${suffix}.txt`));
      const expected = read(`${set}_combinedHash${suffix}.txt`).trim();
      expect(hex(await combinedHash(canonProof, canonDoc, hash))).toBe(expected);
      const verifier = await verifierFor(ecdsaRdfc2019, proof);
      expect(verifier.hash).toBe(hash);
      const data = await ecdsaRdfc2019.hashData(document, proof, jsonLdTools, verifier);
      expect(data).toHaveLength(bytes);
      expect(hex(data)).toBe(expected);
    },
  );

  it.each(RDFC)('$set verifies offline with its $curve did:key', async ({ set, suffix, curve }) => {
    const outcome = await verifyEmbeddedProofs(json(`${set}_signed${suffix}.json`), offline());
    expect(outcome.checks.map((c) => c.code)).toEqual(['key.found', 'proof.ok']);
    expect(outcome.checks[1]?.detail).toContain('ecdsa-rdfc-2019 signature by did:key:');
    expect(outcome.key).toMatchObject({ source: 'did:key', material: { kind: 'jwk', jwk: { kty: 'EC', crv: curve } } });
  });

  it.each(RDFC)('$set: a changed claim breaks the signature', async ({ set, suffix }) => {
    const signed = json(`${set}_signed${suffix}.json`);
    const outcome = await verifyEmbeddedProofs(
      { ...signed, credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'Another School' } },
      offline(),
    );
    expect(outcome.key).toBeUndefined();
    expect(outcome.checks.map((c) => c.code)).toEqual(['key.found', 'proof.signature-invalid']);
  });
});

describe('ecdsa-jcs-2019 (W3C vc-di-ecdsa vectors)', () => {
  it.each(JCS)('$set: JCS of document and proof configuration, $hash combined hash', async ({ set, suffix, hash }) => {
    const { document, proof } = split(json(`${set}_signed${suffix}.json`));
    const { proofValue: _value, ...config } = proof;
    expect(canonicalize(document)).toBe(read(`${set}_canonDoc${suffix}.txt`));
    expect(canonicalize(config)).toBe(read(`${set}_proofCanon${suffix}.txt`));
    const expected = read(`${set}_combinedHash${suffix}.txt`).trim();
    const verifier = await verifierFor(ecdsaJcs2019, proof);
    expect(verifier.hash).toBe(hash);
    expect(hex(await ecdsaJcs2019.hashData(document, proof, jsonLdTools, verifier))).toBe(expected);
  });

  it.each(JCS)('$set verifies offline', async ({ set, suffix }) => {
    const outcome = await verifyEmbeddedProofs(json(`${set}_signed${suffix}.json`), offline());
    expect(outcome.checks.map((c) => c.code)).toEqual(['key.found', 'proof.ok']);
  });

  it.each(JCS)('$set: a changed claim breaks the signature', async ({ set, suffix }) => {
    const outcome = await verifyEmbeddedProofs({ ...json(`${set}_signed${suffix}.json`), name: 'Changed' }, offline());
    expect(outcome.checks.map((c) => c.code)).toEqual(['key.found', 'proof.signature-invalid']);
  });

  it('hashing a P-384 vector as P-256 gives other bytes (the curve picks the digest)', async () => {
    const { document, proof } = split(json('ecdsa-jcs-2019-p384_signedJCSECDSAP384.json'));
    const asP256 = await ecdsaJcs2019.hashData(document, proof, jsonLdTools);
    expect(asP256).toHaveLength(64);
    expect(hex(asP256)).not.toBe(read('ecdsa-jcs-2019-p384_combinedHashJCSECDSAP384.txt').trim());
  });
});

describe('ECDSA keys', () => {
  it('the P-256 and P-384 vector key pairs decode as did:key Multikeys on their curves', async () => {
    for (const [file, crv] of [
      ['p256KeyPair.json', 'P-256'],
      ['p384KeyPair.json', 'P-384'],
    ] as const) {
      const multibase = json(file).publicKeyMultibase as string;
      const resolved = await resolveVerificationMethod(`did:key:${multibase}`, offline());
      expect(resolved.ok && resolved.key.material).toMatchObject({ kind: 'jwk', jwk: { kty: 'EC', crv } });
    }
  });

  it('an Ed25519 key is refused by name before hashing', async () => {
    const resolved = await resolveVerificationMethod('did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi', offline());
    if (!resolved.ok) throw new Error('did:key did not resolve');
    const verifier = await createEcdsaVerifier(resolved.key, 'ecdsa-rdfc-2019');
    expect(verifier).toEqual({ problem: expect.stringContaining('needs a P-256 or P-384 key') });
    expect(verifier).not.toHaveProperty('unsupported');
  });
});
