import { createEd25519Verifier, decodeEd25519ProofValue } from './ed25519';
import { rdfcHashData } from './hash';
import type { ProofSuite } from './types';

const rdfcSha256: ProofSuite['hashData'] = (document, proof, tools) => rdfcHashData(document, proof, tools, 'SHA-256');

/** `DataIntegrityProof` / `eddsa-rdfc-2022`: JSON-LD → RDFC-1.0 N-Quads, the suite OB 3.0 requires. */
export const eddsaRdfc2022: ProofSuite = {
  name: 'eddsa-rdfc-2022',
  matches: (proof) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'eddsa-rdfc-2022',
  decodeProofValue: decodeEd25519ProofValue,
  createVerifier: (key) => createEd25519Verifier(key, 'eddsa-rdfc-2022'),
  hashData: rdfcSha256,
};

/** `eddsa-2022`: the pre-release name of eddsa-rdfc-2022, same algorithm; accepted with a warning. */
export const eddsa2022: ProofSuite = {
  name: 'eddsa-2022',
  matches: (proof) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'eddsa-2022',
  legacyNote: 'cryptosuite eddsa-2022 is the pre-release name of eddsa-rdfc-2022',
  decodeProofValue: decodeEd25519ProofValue,
  createVerifier: (key) => createEd25519Verifier(key, 'eddsa-2022'),
  hashData: rdfcSha256,
};

/** `Ed25519Signature2020`: URDNA2015 (= RDFC-1.0) with the same hash layout; legacy, still common. */
export const ed25519Signature2020: ProofSuite = {
  name: 'Ed25519Signature2020',
  matches: (proof) => proof.type === 'Ed25519Signature2020',
  legacyNote: 'Ed25519Signature2020 is superseded by eddsa-rdfc-2022',
  decodeProofValue: decodeEd25519ProofValue,
  createVerifier: (key) => createEd25519Verifier(key, 'Ed25519Signature2020'),
  hashData: rdfcSha256,
};
