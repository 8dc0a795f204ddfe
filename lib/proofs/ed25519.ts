import { importVerifyKey, verifySignature } from '../keys/import-key';
import { multibaseDecode } from '../keys/multibase';
import type { VerificationKey } from '../keys/types';
import type { SignatureVerifier, SuiteProblem } from './types';

const SIGNATURE_BYTES = 64;

/** The proof value of every Ed25519 suite: a multibase 64-byte signature. */
export function decodeEd25519ProofValue(proofValue: unknown): Uint8Array | SuiteProblem {
  const signature = typeof proofValue === 'string' ? multibaseDecode(proofValue) : undefined;
  return signature?.length === SIGNATURE_BYTES ? signature : { problem: 'proofValue is not a multibase Ed25519 signature' };
}

/** Ed25519 keys only, as Multikey bytes or an OKP JWK. */
export async function createEd25519Verifier(key: VerificationKey, suiteName: string): Promise<SignatureVerifier | SuiteProblem> {
  if (key.material.kind !== 'ed25519' && key.material.jwk.crv !== 'Ed25519')
    return { problem: `${suiteName} needs an Ed25519 key; ${key.id} is not one` };
  const cryptoKey = await importVerifyKey(key.material, 'EdDSA');
  if (!cryptoKey) return { problem: `${key.id} could not be read as an Ed25519 key` };
  return { algorithm: 'Ed25519', verify: (data, signature) => verifySignature(cryptoKey, { name: 'Ed25519' }, signature, data) };
}
