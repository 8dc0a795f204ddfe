import { multibaseDecode } from '../keys/multibase';
import { createEcdsaVerifier } from './ecdsa';
import type { ProofSuite } from './types';

/** CBOR tag headers of ecdsa-sd-2023 proof values (VC-DI-ECDSA §3.5): base proof, derived proof. */
const BASE_HEADER = [0xd9, 0x5d, 0x00];
const DERIVED_HEADER = [0xd9, 0x5d, 0x01];

const startsWith = (bytes: Uint8Array, header: readonly number[]) => header.every((b, i) => bytes[i] === b);

/** Never called: `decodeProofValue` refuses every proof value of these suites first. */
const notVerified = () => Promise.reject(new Error('this suite verifies no proof value yet'));

/**
 * `ecdsa-sd-2023`: recognised so each proof gets a plain reason. A base proof is the issuer's, kept by
 * the holder and never meant to be shown; a derived proof (what a holder presents) is not verified yet.
 */
export const ecdsaSd2023: ProofSuite = {
  name: 'ecdsa-sd-2023',
  matches: (proof) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'ecdsa-sd-2023',
  decodeProofValue(proofValue) {
    const bytes = typeof proofValue === 'string' && proofValue.startsWith('u') ? multibaseDecode(proofValue) : undefined;
    if (bytes && startsWith(bytes, BASE_HEADER)) {
      return { problem: 'an ecdsa-sd-2023 base proof: the issuer gives it to the holder, who shows a derived proof instead', code: 'proof.sd-base-proof' };
    }
    if (bytes && startsWith(bytes, DERIVED_HEADER)) return { problem: 'ecdsa-sd-2023 derived (selective-disclosure) proofs are not verified yet', unsupported: true };
    return { problem: 'proofValue is not an ecdsa-sd-2023 base or derived proof (base64url CBOR)' };
  },
  createVerifier: (key) => createEcdsaVerifier(key, 'ecdsa-sd-2023'),
  hashData: notVerified,
};

/** `bbs-2023`: BBS+ selective disclosure, recognised and reported as not supported yet, by name. */
export const bbs2023: ProofSuite = {
  name: 'bbs-2023',
  matches: (proof) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'bbs-2023',
  decodeProofValue: () => ({ problem: 'bbs-2023 (BBS selective disclosure) proofs are not supported yet', unsupported: true }),
  createVerifier: async () => ({ problem: 'bbs-2023 keys (BLS12-381) are not supported yet', unsupported: true }),
  hashData: notVerified,
};
