import { importVerifyKey, verifySignature } from '../keys/import-key';
import { multibaseDecode } from '../keys/multibase';
import type { VerificationKey } from '../keys/types';
import type { HashAlgorithm, SignatureVerifier, SuiteProblem } from './types';

/** The curves VC-DI-ECDSA defines, each with its digest, JOSE name and signature length (r ‖ s). */
export const ECDSA_CURVES = {
  'P-256': { hash: 'SHA-256', jose: 'ES256', signatureBytes: 64 },
  'P-384': { hash: 'SHA-384', jose: 'ES384', signatureBytes: 96 },
} as const satisfies Record<string, { hash: HashAlgorithm; jose: string; signatureBytes: number }>;

type EcdsaCurve = keyof typeof ECDSA_CURVES;

const isEcdsaCurve = (crv: unknown): crv is EcdsaCurve => typeof crv === 'string' && Object.hasOwn(ECDSA_CURVES, crv);

/** An ECDSA proof value: a base58btc multibase P-256 (64-byte) or P-384 (96-byte) signature. */
export function decodeEcdsaProofValue(proofValue: unknown): Uint8Array | SuiteProblem {
  const signature = typeof proofValue === 'string' && proofValue.startsWith('z') ? multibaseDecode(proofValue) : undefined;
  const lengths: number[] = Object.values(ECDSA_CURVES).map((c) => c.signatureBytes);
  return signature && lengths.includes(signature.length)
    ? signature
    : { problem: 'proofValue is not a base58btc ECDSA P-256 or P-384 signature' };
}

/** The name of a key's curve or type, for messages: `P-256`, `secp256k1`, `Ed25519`, `RSA`. */
export function keyCurveName(key: VerificationKey): string {
  if (key.material.kind === 'ed25519') return 'Ed25519';
  const { kty, crv } = key.material.jwk;
  return crv ?? kty ?? 'unknown';
}

/**
 * P-256 and P-384 keys, as Multikey or EC JWK; the curve picks the digest. A key on another curve
 * (secp256k1) is sound but outside the suite: unsupported by name, never a malformed key.
 */
export async function createEcdsaVerifier(key: VerificationKey, suiteName: string): Promise<SignatureVerifier | SuiteProblem> {
  const crv = keyCurveName(key);
  if (crv === 'secp256k1') return { problem: `${suiteName} with a secp256k1 key (${key.id}) is not supported`, unsupported: true };
  if (key.material.kind !== 'jwk' || key.material.jwk.kty !== 'EC' || !isEcdsaCurve(crv))
    return { problem: `${suiteName} needs a P-256 or P-384 key; ${key.id} is ${crv}` };
  const { hash, jose } = ECDSA_CURVES[crv];
  const cryptoKey = await importVerifyKey(key.material, jose);
  if (!cryptoKey) return { problem: `${key.id} could not be read as a ${crv} key` };
  return {
    algorithm: `ECDSA ${crv} / ${hash}`,
    hash,
    verify: (data, signature) => verifySignature(cryptoKey, { name: 'ECDSA', hash }, signature, data),
  };
}
