import type { ProofSuite } from './types';

/** `bbs-2023`: BBS selective disclosure over BLS12-381, recognised and reported as not supported yet, by name. */
export const bbs2023: ProofSuite = {
  name: 'bbs-2023',
  matches: (proof) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'bbs-2023',
  decodeProofValue: () => ({ problem: 'bbs-2023 (BBS selective disclosure) proofs are not supported yet', unsupported: true }),
  createVerifier: async () => ({ problem: 'bbs-2023 keys (BLS12-381) are not supported yet', unsupported: true }),
  // Never called: every proof value is refused first.
  hashData: () => Promise.reject(new Error('bbs-2023 is not verified')),
};
