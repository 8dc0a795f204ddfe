import { importVerifyKey, verifySignature } from '../keys/import-key';
import { base64UrlDecode } from '../keys/multibase';
import type { VerificationKey } from '../keys/types';
import { isRecord } from '../util/json';
import { ECDSA_CURVES, keyCurveName } from './ecdsa';
import { rdfcHashData } from './hash';
import { createEs256kVerifier } from './secp256k1';
import type { HashTools, Json, SignatureVerifier, SuiteProblem } from './types';

/**
 * The legacy Linked Data Signatures with a detached JWS (`proof.jws` = header..signature, RFC 7797
 * `b64: false`): the signing input is the header, a dot and the URDNA2015 hashes of proof options and
 * document (SHA-256 each), proof options first.
 */
const DETACHED = /^([A-Za-z0-9_-]+)\.\.([A-Za-z0-9_-]+)$/;

export function decodeDetachedJws(jws: unknown): Uint8Array | SuiteProblem {
  const match = typeof jws === 'string' ? DETACHED.exec(jws) : null;
  const signature = match ? base64UrlDecode(match[2]!) : undefined;
  return signature && signature.length > 0 ? signature : { problem: 'jws is not a detached JWS (header..signature)' };
}

function protectedHeader(jws: unknown): Json | undefined {
  const match = typeof jws === 'string' ? DETACHED.exec(jws) : null;
  return match ? decodeHeader(match[1]!) : undefined;
}

function decodeHeader(encoded: string): Json | undefined {
  const bytes = base64UrlDecode(encoded);
  try {
    const header: unknown = bytes ? JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) : undefined;
    return isRecord(header) ? header : undefined;
  } catch {
    return undefined;
  }
}

/** Header problems: the payload must be unencoded (`b64: false`, critical) and `alg` one the suite uses. */
export function detachedJwsProblem(proof: Json, algorithms: readonly string[]): string | undefined {
  const header = protectedHeader(proof.jws);
  if (!header) return 'the jws header is not a JSON object';
  if (header.b64 !== false || !Array.isArray(header.crit) || !header.crit.includes('b64'))
    return 'the jws header does not declare an unencoded payload (b64: false, crit b64)';
  if (typeof header.alg !== 'string' || !algorithms.includes(header.alg))
    return `the jws header names alg ${JSON.stringify(header.alg ?? null)}, not one of ${algorithms.join(', ')}`;
  return undefined;
}

export async function detachedJwsHashData(document: Json, proof: Json, tools: HashTools): Promise<Uint8Array> {
  const { jws, proofValue: _value, signatureValue: _legacy, ...options } = proof;
  const hashes = await rdfcHashData(document, proof, tools, 'SHA-256', { ...options, '@context': document['@context'] });
  const prefix = new TextEncoder().encode(`${typeof jws === 'string' ? jws.split('.')[0] : ''}.`);
  const out = new Uint8Array(prefix.length + hashes.length);
  out.set(prefix);
  out.set(hashes, prefix.length);
  return out;
}

type WebCryptoVerify = AlgorithmIdentifier | EcdsaParams | RsaPssParams;

/** The JOSE algorithm a key signs a detached JWS with, and its WebCrypto parameters. */
function joseFor(key: VerificationKey): { alg: string; params: WebCryptoVerify } | undefined {
  const crv = keyCurveName(key);
  if (crv === 'Ed25519') return { alg: 'EdDSA', params: { name: 'Ed25519' } };
  if (crv === 'P-256' || crv === 'P-384') return { alg: ECDSA_CURVES[crv].jose, params: { name: 'ECDSA', hash: ECDSA_CURVES[crv].hash } };
  if (crv === 'RSA') return { alg: 'PS256', params: { name: 'RSA-PSS', saltLength: 32 } };
  if (crv === 'secp256k1') return { alg: 'ES256K', params: { name: 'ECDSA', hash: 'SHA-256' } };
  return undefined;
}

/**
 * A verifier for the key's own algorithm; the signing input starts with the protected header, and a
 * header naming another algorithm than the key's does not verify.
 */
export async function createDetachedJwsVerifier(
  key: VerificationKey,
  suiteName: string,
  algorithms: readonly string[],
): Promise<SignatureVerifier | SuiteProblem> {
  const crv = keyCurveName(key);
  const jose = joseFor(key);
  if (!jose || !algorithms.includes(jose.alg))
    return { problem: `${suiteName} signs with ${algorithms.join(' or ')}; ${key.id} is a ${crv} key`, code: 'key.suite-mismatch' };
  const verifier = await keyVerifier(key, jose);
  if (!verifier) return { problem: `${key.id} could not be read as a ${jose.alg} key` };
  return {
    algorithm: jose.alg,
    async verify(data, signature) {
      const dot = data.indexOf(0x2e);
      const header = dot > 0 ? decodeHeader(new TextDecoder().decode(data.subarray(0, dot))) : undefined;
      return header?.alg === jose.alg && verifier(data, signature);
    },
  };
}

type Verify = (data: Uint8Array, signature: Uint8Array) => Promise<boolean>;

/** ES256K through @noble/curves (WebCrypto has no secp256k1), every other algorithm through WebCrypto. */
async function keyVerifier(key: VerificationKey, jose: { alg: string; params: WebCryptoVerify }): Promise<Verify | undefined> {
  if (jose.alg === 'ES256K') {
    const es256k = key.material.kind === 'jwk' ? createEs256kVerifier(key.material.jwk) : undefined;
    return es256k ? (data, signature) => es256k.verify(data, signature) : undefined;
  }
  const cryptoKey = await importVerifyKey(key.material, jose.alg);
  return cryptoKey ? (data, signature) => verifySignature(cryptoKey, jose.params, signature, data) : undefined;
}
