import { createEd25519Verifier, decodeEd25519ProofValue } from './ed25519';
import { jcsContextProblem, jcsHashData } from './jcs';
import type { ProofSuite } from './types';

/** `DataIntegrityProof` / `eddsa-jcs-2022`: JSON Canonicalization (RFC 8785), no JSON-LD. */
export const eddsaJcs2022: ProofSuite = {
  name: 'eddsa-jcs-2022',
  matches: (proof) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'eddsa-jcs-2022',
  decodeProofValue: decodeEd25519ProofValue,
  createVerifier: (key) => createEd25519Verifier(key, 'eddsa-jcs-2022'),
  problem: jcsContextProblem,
  hashData: (document, proof) => jcsHashData(document, proof, 'SHA-256'),
};
