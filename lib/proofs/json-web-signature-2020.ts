import { createDetachedJwsVerifier, decodeDetachedJws, detachedJwsHashData, detachedJwsProblem } from './detached-jws';
import type { ProofSuite } from './types';

const ALGORITHMS = ['EdDSA', 'ES256', 'ES384', 'ES256K', 'PS256'] as const;

/** `JsonWebSignature2020`: a detached JWS over URDNA2015, with Ed25519, P-256, P-384, secp256k1 (ES256K) or RSA keys. */
export const jsonWebSignature2020: ProofSuite = {
  name: 'JsonWebSignature2020',
  matches: (proof) => proof.type === 'JsonWebSignature2020',
  legacyNote: 'JsonWebSignature2020 is superseded by the Data Integrity suites (ecdsa-rdfc-2019, eddsa-rdfc-2022)',
  valueProperty: 'jws',
  decodeProofValue: decodeDetachedJws,
  problem: (_document, proof) => detachedJwsProblem(proof, ALGORITHMS),
  createVerifier: (key) => createDetachedJwsVerifier(key, 'JsonWebSignature2020', ALGORITHMS),
  hashData: (document, proof, tools) => detachedJwsHashData(document, proof, tools),
};
