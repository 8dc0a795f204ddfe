import { createEcdsaVerifier, decodeEcdsaProofValue } from './ecdsa';
import { jcsContextProblem, jcsHashData } from './jcs';
import type { ProofSuite } from './types';

/** `DataIntegrityProof` / `ecdsa-jcs-2019`: JSON Canonicalization, the digest chosen by the key's curve. */
export const ecdsaJcs2019: ProofSuite = {
  name: 'ecdsa-jcs-2019',
  matches: (proof) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'ecdsa-jcs-2019',
  decodeProofValue: decodeEcdsaProofValue,
  createVerifier: (key) => createEcdsaVerifier(key, 'ecdsa-jcs-2019'),
  problem: jcsContextProblem,
  hashData: (document, proof, _tools, verifier) => jcsHashData(document, proof, verifier?.hash ?? 'SHA-256'),
};
