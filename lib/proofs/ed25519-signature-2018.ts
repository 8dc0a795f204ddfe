import { createDetachedJwsVerifier, decodeDetachedJws, detachedJwsHashData, detachedJwsProblem } from './detached-jws';
import type { ProofSuite } from './types';

const ALGORITHMS = ['EdDSA'] as const;

/** `Ed25519Signature2018`: a detached EdDSA JWS over URDNA2015 (Ed25519VerificationKey2018 keys). */
export const ed25519Signature2018: ProofSuite = {
  name: 'Ed25519Signature2018',
  matches: (proof) => proof.type === 'Ed25519Signature2018',
  legacyNote: 'Ed25519Signature2018 is superseded by eddsa-rdfc-2022',
  valueProperty: 'jws',
  decodeProofValue: decodeDetachedJws,
  problem: (_document, proof) => detachedJwsProblem(proof, ALGORITHMS),
  createVerifier: (key) => createDetachedJwsVerifier(key, 'Ed25519Signature2018', ALGORITHMS),
  hashData: (document, proof, tools) => detachedJwsHashData(document, proof, tools),
};
