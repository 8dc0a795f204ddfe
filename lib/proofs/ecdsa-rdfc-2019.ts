import { createEcdsaVerifier, decodeEcdsaProofValue } from './ecdsa';
import { rdfcHashData } from './hash';
import type { ProofSuite } from './types';

/** `DataIntegrityProof` / `ecdsa-rdfc-2019`: RDFC-1.0, SHA-256 with P-256 keys and SHA-384 with P-384 keys. */
export const ecdsaRdfc2019: ProofSuite = {
  name: 'ecdsa-rdfc-2019',
  matches: (proof) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'ecdsa-rdfc-2019',
  decodeProofValue: decodeEcdsaProofValue,
  createVerifier: (key) => createEcdsaVerifier(key, 'ecdsa-rdfc-2019'),
  hashData: (document, proof, tools, verifier) => rdfcHashData(document, proof, tools, verifier?.hash ?? 'SHA-256'),
};
