import { ECDH, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../lib/core/session';
import { jsonLdTools } from '../../../lib/jsonld/load';
import { base58btcEncode } from '../../../lib/keys/multibase';
import { verifyEmbeddedProofs } from '../../../lib/proofs/data-integrity';
import { ecdsaSecp256k1Signature2019 } from '../../../lib/proofs/ecdsa-secp256k1-signature-2019';
import type { Json } from '../../../lib/proofs/types';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { createFakeHttp } from '../../support/fake-http';
import { testEnv } from '../../support/env';

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const SECP256K1_PUB = [0xe7, 0x01];
const P256_PUB = [0x80, 0x24];
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const codes = (outcome: { checks: { code: string }[] }) => outcome.checks.map((c) => c.code);
const offline = () => createSession(testEnv(createFakeHttp(() => undefined)));

function keyPair(curve: 'secp256k1' | 'prime256v1', prefix: readonly number[]) {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: curve });
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-65);
  const compressed = ECDH.convertKey(raw, curve, undefined, undefined, 'compressed') as Buffer;
  const did = `did:key:z${base58btcEncode(Uint8Array.from([...prefix, ...compressed]))}`;
  return { did, method: `${did}#${did.slice('did:key:'.length)}`, privateKey };
}

/** A W3C VC (VCDM 2.0) with an EcdsaSecp256k1Signature2019 proof made here, as Blockcerts makes its status lists. */
async function signedCredential(
  privateKey: KeyObject,
  issuer: string,
  verificationMethod: string,
  header: Json = { alg: 'ES256K', b64: false, crit: ['b64'] },
): Promise<Json> {
  const document: Json = {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://ns.did.ai/suites/secp256k1-2019/v1'],
    id: 'urn:uuid:5b0f1e2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
    type: ['VerifiableCredential'],
    issuer,
    validFrom: '2024-01-01T00:00:00Z',
    credentialSubject: { id: 'did:example:subject', name: 'Ada' },
  };
  const encoded = b64url(header);
  const proof: Json = {
    type: 'EcdsaSecp256k1Signature2019',
    created: '2024-01-01T00:00:00Z',
    verificationMethod,
    proofPurpose: 'assertionMethod',
    jws: `${encoded}..`,
  };
  const data = await ecdsaSecp256k1Signature2019.hashData(document, proof, jsonLdTools);
  const signature = sign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return { ...document, proof: { ...proof, jws: `${encoded}..${signature.toString('base64url')}` } };
}

/** The same signature with s replaced by n − s: the other valid ECDSA signature for the same message. */
function highS(credential: Json): Json {
  const proof = credential.proof as Json;
  const [header, , value] = (proof.jws as string).split('.');
  const signature = Buffer.from(value!, 'base64url');
  const s = BigInt(`0x${signature.subarray(32).toString('hex')}`);
  const other = s > N / 2n ? s : N - s;
  const flipped = Buffer.concat([signature.subarray(0, 32), Buffer.from(other.toString(16).padStart(64, '0'), 'hex')]);
  return { ...credential, proof: { ...proof, jws: `${header}..${flipped.toString('base64url')}` } };
}

describe('EcdsaSecp256k1Signature2019 (detached ES256K JWS over URDNA2015)', () => {
  it('a credential signed with a did:key:zQ3s… key verifies, and not once a claim changed', async () => {
    const { did, method, privateKey } = keyPair('secp256k1', SECP256K1_PUB);
    expect(did.startsWith('did:key:zQ3s')).toBe(true);
    const signed = await signedCredential(privateKey, did, method);
    const outcome = await verifyEmbeddedProofs(signed, offline());
    expect(codes(outcome)).toEqual(['key.found', 'proof.ok']);
    expect(outcome.checks[1]?.detail).toBe(`EcdsaSecp256k1Signature2019 signature by ${method}`);
    const changed = { ...signed, credentialSubject: { id: 'did:example:subject', name: 'Eve' } };
    expect(codes(await verifyEmbeddedProofs(changed, offline()))).toEqual(['key.found', 'proof.signature-invalid']);
  });

  it('a high-S signature verifies too: RFC 8812 does not require low S', async () => {
    const { did, method, privateKey } = keyPair('secp256k1', SECP256K1_PUB);
    const signed = highS(await signedCredential(privateKey, did, method));
    const s = Buffer.from(((signed.proof as Json).jws as string).split('.')[2]!, 'base64url').subarray(32);
    expect(BigInt(`0x${s.toString('hex')}`) > N / 2n).toBe(true);
    expect(codes(await verifyEmbeddedProofs(signed, offline()))).toEqual(['key.found', 'proof.ok']);
  });

  it('another secp256k1 key does not verify it', async () => {
    const signer = keyPair('secp256k1', SECP256K1_PUB);
    const other = keyPair('secp256k1', SECP256K1_PUB);
    const signed = await signedCredential(signer.privateKey, signer.did, signer.method);
    const proof = signed.proof as Json;
    const claimed = { ...signed, issuer: other.did, proof: { ...proof, verificationMethod: other.method } };
    expect(codes(await verifyEmbeddedProofs(claimed, offline()))).toEqual(['key.found', 'proof.signature-invalid']);
  });

  it('a P-256 key is refused by name (key.suite-mismatch), never a crash', async () => {
    const { did, method, privateKey } = keyPair('prime256v1', P256_PUB);
    const outcome = await verifyEmbeddedProofs(await signedCredential(privateKey, did, method), offline());
    expect(outcome.checks).toEqual([
      expect.objectContaining({ code: 'key.found' }),
      expect.objectContaining({
        code: 'key.suite-mismatch',
        outcome: 'fail',
        detail: `EcdsaSecp256k1Signature2019 signs with ES256K; ${method} is a P-256 key`,
      }),
    ]);
  });

  it('a header naming another algorithm, or an encoded payload, is malformed before any key is looked up', async () => {
    const { did, method, privateKey } = keyPair('secp256k1', SECP256K1_PUB);
    for (const header of [{ alg: 'ES256', b64: false, crit: ['b64'] }, { alg: 'ES256K' }]) {
      const outcome = await verifyEmbeddedProofs(await signedCredential(privateKey, did, method, header), offline());
      expect(outcome.checks).toEqual([expect.objectContaining({ code: 'proof.malformed', outcome: 'fail' })]);
    }
  });

  it('a signature of the wrong length does not verify', async () => {
    const { did, method, privateKey } = keyPair('secp256k1', SECP256K1_PUB);
    const signed = await signedCredential(privateKey, did, method);
    const proof = signed.proof as Json;
    const short = `${(proof.jws as string).slice(0, -4)}`;
    expect(codes(await verifyEmbeddedProofs({ ...signed, proof: { ...proof, jws: short } }, offline()))).toEqual([
      'key.found',
      'proof.signature-invalid',
    ]);
  });

  it('a W3C VC signed this way verifies end to end (format vc, issuer bound by its did:key)', async () => {
    const { did, method, privateKey } = keyPair('secp256k1', SECP256K1_PUB);
    const signed = await signedCredential(privateKey, did, method);
    const [result] = await verifyBytes(
      new TextEncoder().encode(JSON.stringify(signed)),
      'vc.json',
      testEnv(createFakeHttp(() => undefined)),
    );
    expect(result?.format).toBe('vc');
    expect(result?.checks.map((c) => c.code)).toContain('proof.ok');
    expect(result?.status).toBe('verified');
  });
});
