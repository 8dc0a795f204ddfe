import { readFileSync } from 'node:fs';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { canonizeRdfc, jsonLdTools } from '../../../lib/jsonld/load';
import { checkIssuerBinding } from '../../../lib/keys/binding';
import { verifyEmbeddedProofs } from '../../../lib/proofs/data-integrity';
import { combinedHash, proofConfiguration } from '../../../lib/proofs/hash';
import { eddsaJcs2022 } from '../../../lib/proofs/eddsa-jcs-2022';
import { createSession } from '../../../lib/core/session';
import { createFakeHttp } from '../../support/fake-http';
import { testEnv } from '../../support/env';

const W3C = 'tests/fixtures/vectors/w3c-di';
const OB = 'tests/fixtures/vectors/ob3';
const read = (path: string) => readFileSync(path, 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const offline = () => createSession(testEnv(createFakeHttp(() => undefined)));

function split(signed: Record<string, unknown>) {
  const { proof, ...document } = signed;
  return { document, proof: proof as Record<string, unknown> };
}

describe('canonicalization and hash layout (W3C vc-di-eddsa intermediates)', () => {
  it('eddsa-rdfc-2022: canonical document, canonical proof configuration and combined hash', async () => {
    const { document, proof } = split(json(`${W3C}/eddsa-rdfc-2022_signedDataInt.json`));
    const canonDoc = await canonizeRdfc(document);
    const canonProof = await canonizeRdfc(proofConfiguration(document, proof));
    expect(canonDoc).toBe(read(`${W3C}/eddsa-rdfc-2022_canonDocDataInt.txt`));
    expect(canonProof).toBe(read(`${W3C}/eddsa-rdfc-2022_proofCanonDataInt.txt`));
    expect(hex(await combinedHash(canonProof, canonDoc))).toBe(read(`${W3C}/eddsa-rdfc-2022_combinedHashDataInt.txt`).trim());
  });

  it('Ed25519Signature2020: URDNA2015 = RDFC-1.0, proof configuration carries the document context', async () => {
    const { document, proof } = split(json(`${W3C}/Ed25519Signature2020_signedEdSig.json`));
    expect(await canonizeRdfc(document)).toBe(read(`${W3C}/Ed25519Signature2020_canonDocEdSig.txt`));
    expect(await canonizeRdfc(proofConfiguration(document, proof))).toBe(read(`${W3C}/Ed25519Signature2020_proofCanonEdSig.txt`));
  });

  it('eddsa-jcs-2022: JCS of the document and of the proof configuration (which keeps its @context)', async () => {
    const { document, proof } = split(json(`${W3C}/eddsa-jcs-2022_signedJCS.json`));
    const { proofValue: _value, ...config } = proof;
    expect(canonicalize(document)).toBe(read(`${W3C}/eddsa-jcs-2022_canonDocJCS.txt`));
    expect(canonicalize(config)).toBe(read(`${W3C}/eddsa-jcs-2022_proofCanonJCS.txt`));
    const expected = await combinedHash(read(`${W3C}/eddsa-jcs-2022_proofCanonJCS.txt`), read(`${W3C}/eddsa-jcs-2022_canonDocJCS.txt`));
    expect(hex(await eddsaJcs2022.hashData(document, proof, jsonLdTools))).toBe(hex(expected));
  });

  it('OB 3.0 linked-data-proof test vector: document and proof hashes (1EdTech impl guide)', async () => {
    const { document, proof } = split(json(`${OB}/ob-spec_ldp-testvector_signed.json`));
    const expected = (json(`${OB}/ob-spec_ldp-testvector_keys.json`).expected ?? {}) as Record<string, string>;
    const canonDoc = await canonizeRdfc(document);
    const canonProof = await canonizeRdfc(proofConfiguration(document, proof));
    expect(canonDoc).toBe(read(`${OB}/ob-spec_ldp-testvector_document-canon.txt`));
    expect(canonProof).toBe(read(`${OB}/ob-spec_ldp-testvector_proof-canon.txt`));
    expect(hex(await combinedHash(canonProof, canonDoc))).toBe(expected.dataToSignHex);
  });

  it('context-3.0.3 awardedDate keeps the literal xsd:dateTime datatype (the context uses an xsd: prefix it never defines)', async () => {
    const { document } = split(json(`${OB}/1edtech-val_bsl_credential-status-revoked.json`));
    expect(await canonizeRdfc(document)).toContain('^^<xsd:dateTime>');
  });
});

describe('embedded proofs (W3C vectors, did:key)', () => {
  it.each(['eddsa-rdfc-2022_signedDataInt.json', 'eddsa-jcs-2022_signedJCS.json', 'Ed25519Signature2020_signedEdSig.json'])(
    '%s verifies offline',
    async (file) => {
      const session = offline();
      const outcome = await verifyEmbeddedProofs(json(`${W3C}/${file}`), session);
      expect(outcome.checks.map((c) => c.code)).toContain('proof.ok');
      expect(outcome.key?.source).toBe('did:key');
      // issuer https://vc.example/issuers/5678 signs with a did:key: the signature holds, the key is unbound.
      expect(checkIssuerBinding(outcome.key!, 'https://vc.example/issuers/5678').code).toBe('binding.unbound');
    },
  );

  it('a changed field breaks the JCS signature', async () => {
    const signed = json(`${W3C}/eddsa-jcs-2022_signedJCS.json`);
    const outcome = await verifyEmbeddedProofs({ ...signed, name: 'Changed' }, offline());
    expect(outcome.key).toBeUndefined();
    expect(outcome.checks.map((c) => c.code)).toContain('proof.signature-invalid');
  });

  it('a JCS proof whose @context does not open the document context is malformed', async () => {
    const signed = json(`${W3C}/eddsa-jcs-2022_signedJCS.json`);
    const outcome = await verifyEmbeddedProofs({ ...signed, '@context': ['https://www.w3.org/ns/credentials/v2'] }, offline());
    expect(outcome.checks.map((c) => c.code)).toContain('proof.malformed');
  });

  it('an unknown cryptosuite is unsupported (unverifiable), not a bad signature', async () => {
    const signed = json(`${W3C}/eddsa-rdfc-2022_signedDataInt.json`);
    const outcome = await verifyEmbeddedProofs(
      { ...signed, proof: { ...(signed.proof as object), cryptosuite: 'ecdsa-sd-2023' } },
      offline(),
    );
    expect(outcome.checks).toEqual([expect.objectContaining({ outcome: 'error', code: 'proof.unsupported-type' })]);
  });
});

describe('canonicalization limits', () => {
  const poison = (n: number) => {
    const ids = Array.from({ length: n }, (_, i) => `_:b${i}`);
    return {
      '@context': ['https://www.w3.org/ns/credentials/v2', { knows: { '@id': 'https://example.org/vocab#knows', '@type': '@id' } }],
      type: ['VerifiableCredential'],
      issuer: 'did:example:1',
      credentialSubject: { id: 'did:example:2', knows: ids },
      evidence: ids.map((id) => ({ id, knows: ids.filter((x) => x !== id) })),
    };
  };

  it('a "poison" graph (a clique of blank nodes) stops at the work limit, quickly', async () => {
    const started = Date.now();
    await expect(canonizeRdfc(poison(40))).rejects.toMatchObject({ name: 'JsonLdFailure', problem: { kind: 'work-limit' } });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('an unknown context is a typed failure naming the URL; nothing is fetched', async () => {
    await expect(canonizeRdfc({ '@context': 'https://contexts.example.net/v1', name: 'x' })).rejects.toMatchObject({
      problem: { kind: 'unknown-context', url: 'https://contexts.example.net/v1' },
    });
  });

  it('safe mode refuses terms no context defines', async () => {
    await expect(
      canonizeRdfc({ '@context': 'https://www.w3.org/ns/credentials/v2', type: 'NotDefined', id: 'urn:x' }),
    ).rejects.toMatchObject({
      problem: { kind: 'safe-mode' },
    });
  });

  it('an aborted signal stops canonicalization', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(canonizeRdfc(poison(3), controller.signal)).rejects.toMatchObject({ name: 'JsonLdFailure' });
  });
});
