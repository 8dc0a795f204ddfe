import { createDetachedJwsVerifier, decodeDetachedJws, detachedJwsHashData, detachedJwsProblem } from './detached-jws';
import type { ProofSuite } from './types';

const ALGORITHMS = ['ES256K'] as const;

/**
 * `EcdsaSecp256k1Signature2019` (W3C CCG draft): a detached ES256K JWS over URDNA2015, with a
 * secp256k1 key (a `did:key:zQ3s…`, a Multikey or a secp256k1 JWK). Blockcerts signs its status lists so.
 */
export const ecdsaSecp256k1Signature2019: ProofSuite = {
  name: 'EcdsaSecp256k1Signature2019',
  matches: (proof) => proof.type === 'EcdsaSecp256k1Signature2019',
  valueProperty: 'jws',
  decodeProofValue: decodeDetachedJws,
  problem: (_document, proof) => detachedJwsProblem(proof, ALGORITHMS),
  createVerifier: (key) => createDetachedJwsVerifier(key, 'EcdsaSecp256k1Signature2019', ALGORITHMS),
  hashData: (document, proof, tools) => detachedJwsHashData(document, proof, tools),
};
