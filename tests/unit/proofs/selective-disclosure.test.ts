import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import type { JsonLdTools } from '../../../lib/core/ports';
import { createSession } from '../../../lib/core/session';
import { BUNDLED_CONTEXTS } from '../../../lib/jsonld/bundled-contexts';
import { base58btcEncode } from '../../../lib/keys/multibase';
import { decodeCbor } from '../../../lib/util/cbor';
import { verifyEmbeddedProofs } from '../../../lib/proofs/data-integrity';
import { parseDerivedProofValue, relabelNQuads } from '../../../lib/proofs/ecdsa-sd-2023';
import { proofConfiguration } from '../../../lib/proofs/hash';
import type { Json } from '../../../lib/proofs/types';
import { createFakeHttp } from '../../support/fake-http';
import { testEnv } from '../../support/env';

const DIR = 'tests/fixtures/vectors/w3c-di-ecdsa';
const read = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');
const json = (name: string) => JSON.parse(read(name)) as Json;
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const codes = (outcome: { checks: { code: string }[] }) => outcome.checks.map((c) => c.code);

/** The bundled contexts plus the citizenship context the W3C vectors use (test-only, see the vector README). */
const citizenshipTools: JsonLdTools = (() => {
  const citizenship = JSON.parse(read('citizenship-v4rc1.jsonld')) as unknown;
  const documentLoader = async (url: string) => ({
    contextUrl: null,
    documentUrl: url,
    document: url === 'https://w3id.org/citizenship/v4rc1' ? citizenship : BUNDLED_CONTEXTS.get(url),
  });
  const canonize = (document: unknown) => jsonld.canonize(document, { algorithm: 'RDFC-1.0', safe: true, documentLoader });
  return { canonize, canonizeWithLabels: () => Promise.reject(new Error('not used')) };
})();
const session = (tools?: JsonLdTools) =>
  createSession({ ...testEnv(createFakeHttp(() => undefined)), ...(tools ? { jsonld: tools } : {}) });

const derived = () => json('ecdsa-sd-2023-employ_derivedRevealDocument.json');
const withSubject = (signed: Json, subject: Json): Json => ({ ...signed, credentialSubject: subject });

describe('ecdsa-sd-2023 derived proofs (W3C vc-di-ecdsa employ vectors)', () => {
  it('the proof value parses into the base signature, ephemeral key, per-statement signatures, label map and mandatory indexes', () => {
    const parsed = parseDerivedProofValue((derived().proof as Json).proofValue);
    if ('problem' in parsed) throw new Error(parsed.problem);
    const expected = json('ecdsa-sd-2023-employ_verifyCreateVerifyData.json') as {
      baseSignature: string;
      publicKey: string;
      signatures: string[];
    };
    expect(hex(parsed.baseSignature)).toBe(expected.baseSignature);
    expect(`z${base58btcEncode(parsed.publicKey)}`).toBe(expected.publicKey);
    expect(parsed.signatures.map(hex)).toEqual(expected.signatures);
    expect([...parsed.labelMap.keys()].every((k) => /^c14n\d+$/.test(k))).toBe(true);
    expect([...parsed.labelMap.values()].every((v) => /^u[A-Za-z0-9_-]{43}$/.test(v))).toBe(true);
  });

  it('canonical N-Quads relabelled with the HMAC labels are the vector’s, and split into its non-mandatory statements', async () => {
    const { proof, ...document } = derived();
    const parsed = parseDerivedProofValue((proof as Json).proofValue);
    if ('problem' in parsed) throw new Error(parsed.problem);
    const nquads = relabelNQuads(await citizenshipTools.canonize(document), parsed.labelMap);
    expect(nquads).toEqual(json('ecdsa-sd-2023-employ_verifyNQuads.json'));
    const mandatory = new Set(parsed.mandatoryIndexes);
    expect(nquads?.filter((_, i) => !mandatory.has(i))).toEqual(
      (json('ecdsa-sd-2023-employ_verifyCreateVerifyData.json') as { nonMandatory: string[] }).nonMandatory,
    );
    const proofHash = Buffer.from(
      await crypto.subtle.digest(
        'SHA-256',
        new TextEncoder().encode(await citizenshipTools.canonize(proofConfiguration(document, proof as Json))),
      ),
    ).toString('hex');
    expect(proofHash).toBe((json('ecdsa-sd-2023-employ_verifyCreateVerifyData.json') as { proofHash: string }).proofHash);
  });

  it('the derived vector verifies: base signature by the issuer’s did:key, every disclosed statement by the ephemeral key', async () => {
    const outcome = await verifyEmbeddedProofs(derived(), session(citizenshipTools));
    expect(codes(outcome)).toEqual(['key.found', 'proof.ok', 'proof.sd-disclosed']);
    expect(outcome.checks[1]?.detail).toContain('ecdsa-sd-2023 signature by did:key:zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP');
    // what the holder showed: the issuer's image, the validity window and the subject's birth country
    expect(outcome.checks[2]).toMatchObject({
      outcome: 'pass',
      detail: 'disclosed: issuer.image, validFrom, validUntil, credentialSubject.birthCountry',
    });
  });

  it('a changed disclosed claim breaks it (its statement signature no longer holds)', async () => {
    const signed = derived();
    const subject = signed.credentialSubject as Json;
    const outcome = await verifyEmbeddedProofs(withSubject(signed, { ...subject, birthCountry: 'Canada' }), session(citizenshipTools));
    expect(codes(outcome)).toEqual(['key.found', 'proof.signature-invalid']);
  });

  it('a missing mandatory claim (the issuer’s image) breaks it', async () => {
    const signed = derived();
    const { image: _mandatory, ...issuer } = signed.issuer as Json;
    const outcome = await verifyEmbeddedProofs({ ...signed, issuer }, session(citizenshipTools));
    expect(codes(outcome)).toEqual(['key.found', 'proof.signature-invalid']);
  });

  it('a claim left out that was disclosed breaks it too (fewer statements than signatures)', async () => {
    const signed = derived();
    const { birthCountry: _dropped, ...subject } = signed.credentialSubject as Json;
    expect(codes(await verifyEmbeddedProofs(withSubject(signed, subject), session(citizenshipTools)))).toEqual([
      'key.found',
      'proof.signature-invalid',
    ]);
  });

  it('with the production tools, the unbundled citizenship context makes it unverifiable, never invalid', async () => {
    const outcome = await verifyEmbeddedProofs(derived(), session());
    expect(codes(outcome)).toEqual(['key.found', 'jsonld.unknown-context']);
  });
});

describe('selective-disclosure proofs that are not verified are reported by name, never as invalid', () => {
  it('an ecdsa-sd-2023 base proof (W3C vector) is unverifiable with the plain base-proof reason', async () => {
    const outcome = await verifyEmbeddedProofs(json('ecdsa-sd-2023-employ_addSignedSDBase.json'), session());
    expect(outcome.checks).toEqual([
      expect.objectContaining({
        code: 'proof.sd-base-proof',
        outcome: 'error',
        pointer: '/proof/proofValue',
        detail: expect.stringContaining('base proof'),
      }),
    ]);
  });

  it('an ecdsa-sd-2023 proof value that is neither base nor derived is unverifiable; a broken derived one malformed', async () => {
    const signed = derived();
    const check = async (proofValue: string) =>
      (await verifyEmbeddedProofs({ ...signed, proof: { ...(signed.proof as Json), proofValue } }, session())).checks;
    for (const proofValue of ['uAAAA', 'z2V0B'])
      expect(await check(proofValue)).toEqual([expect.objectContaining({ code: 'proof.unsupported-type', outcome: 'error' })]);
    for (const cbor of [[0x80], [0x85, 0x40, 0x40, 0x80, 0xa0, 0x80], [0x83, 0x01]]) {
      expect(await check(`u${Buffer.from([0xd9, 0x5d, 0x01, ...cbor]).toString('base64url')}`)).toEqual([
        expect.objectContaining({ code: 'proof.malformed', outcome: 'fail' }),
      ]);
    }
  });

  it('bbs-2023 is not supported yet, by name', async () => {
    const signed = derived();
    const outcome = await verifyEmbeddedProofs({ ...signed, proof: { ...(signed.proof as Json), cryptosuite: 'bbs-2023' } }, session());
    expect(outcome.checks).toEqual([
      expect.objectContaining({ code: 'proof.unsupported-type', outcome: 'error', detail: expect.stringContaining('bbs-2023') }),
    ]);
  });
});

describe('CBOR reader', () => {
  it('reads integers (negative too), strings, arrays, maps and tags; refuses floats, truncated input and trailing bytes', () => {
    expect(decodeCbor(Uint8Array.from([0x83, 0x01, 0x18, 0x64, 0x19, 0x01, 0x00]))).toEqual([1, 100, 256]);
    expect(decodeCbor(Uint8Array.from([0xa1, 0x00, 0x42, 0xaa, 0xbb]))).toEqual(new Map([[0, Uint8Array.from([0xaa, 0xbb])]]));
    expect(decodeCbor(Uint8Array.from([0x62, 0x68, 0x69]))).toBe('hi');
    expect(decodeCbor(Uint8Array.from([0xd9, 0x5d, 0x01, 0x80]))).toEqual({ tag: 0x5d01, value: [] });
    expect(decodeCbor(Uint8Array.from([0x82, 0x01]))).toBeUndefined();
    expect(decodeCbor(Uint8Array.from([0x01, 0x02]))).toBeUndefined();
    expect(decodeCbor(Uint8Array.from([0x20]))).toBe(-1);
    expect(decodeCbor(Uint8Array.from([0xf9, 0x3c, 0x00]))).toBeUndefined(); // floats are not read
  });
});
