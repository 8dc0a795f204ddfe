import type { JsonLdTools } from '../core/ports';
import type { VerificationKey } from '../keys/types';
import type { Check } from '../result/types';

import type { Json } from '../util/json';

export type { Json };

/** The digests Data Integrity suites hash with; a suite picks one (ECDSA P-384 takes SHA-384). */
export type HashAlgorithm = 'SHA-256' | 'SHA-384';

/** Why a suite cannot use a proof value or a key: becomes the detail of a `proof.malformed` / `key.malformed` check. */
export interface SuiteProblem {
  problem: string;
  /** The key or proof is sound but uses something Badge Lens does not verify (named in `problem`): `unverifiable`, never `invalid`. */
  unsupported?: true;
  /**
   * Reported with this code: a proof value that is sound but not one to verify (a selective-disclosure
   * base proof), or a key of another type than the suite signs with.
   */
  code?: 'proof.sd-base-proof' | 'key.suite-mismatch';
}

/** A key made ready by its suite: checks a signature over the bytes `hashData` produced. */
export interface SignatureVerifier {
  /** What the key verifies with, e.g. `Ed25519` or `ECDSA P-384 / SHA-384`. */
  readonly algorithm: string;
  /** The digest `hashData` must use when the key decides it (ECDSA: SHA-256 for P-256, SHA-384 for P-384). */
  readonly hash?: HashAlgorithm;
  /** False for a signature that does not verify; never throws. */
  verify(data: Uint8Array, signature: Uint8Array): Promise<boolean>;
}

/**
 * One Data Integrity proof type: how to recognise it, how to read its proof value, which keys it
 * accepts and how it checks them, and which bytes its signature covers. The shared flow
 * (`verifyEmbeddedProofs`) knows none of this.
 */
export interface ProofSuite {
  /** Display name, e.g. `eddsa-rdfc-2022`. */
  readonly name: string;
  matches(proof: Json): boolean;
  /** A warning to show when the proof uses a legacy or pre-release name. */
  readonly legacyNote?: string;
  /** Shape problems of this suite's proof object (e.g. a JCS proof `@context` the document lacks). */
  problem?(document: Json, proof: Json): string | undefined;
  /** The proof property holding the signature: `proofValue` unless named (detached-JWS suites use `jws`). */
  readonly valueProperty?: string;
  /** The proof's `proofValue` (whatever it holds) → the signature bytes, or why they cannot be read. */
  decodeProofValue(proofValue: unknown): Uint8Array | SuiteProblem;
  /** A verifier for this key, or why this suite cannot use it (wrong key type or curve, unreadable key). */
  createVerifier(key: VerificationKey): Promise<SignatureVerifier | SuiteProblem>;
  /** Findings to show once the proof verified (what a selective-disclosure proof disclosed). */
  notes?(document: Json, proof: Json): Check[];
  /** The bytes the signature covers; `verifier` is the one `createVerifier` made for the proof's key. */
  hashData(document: Json, proof: Json, tools: HashTools, verifier?: SignatureVerifier): Promise<Uint8Array>;
}

/** What hashing may need from the host: JSON-LD canonicalization (a port, so a browser can run it elsewhere). */
export interface HashTools extends JsonLdTools {
  signal?: AbortSignal;
}

export function isSuiteProblem(value: object): value is SuiteProblem {
  return 'problem' in value && typeof value.problem === 'string';
}

/** The outcome of checking a credential's proof(s): checks to report, and the key when one verified. */
export interface ProofOutcome {
  checks: Check[];
  key?: VerificationKey;
}
