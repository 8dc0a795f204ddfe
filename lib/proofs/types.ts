import type { VerificationKey } from '../keys/types';
import type { Check } from '../result/types';

import type { Json } from '../util/json';

export type { Json };

/**
 * One Data Integrity proof type: how to recognise it and which bytes its signature covers. Every
 * Ed25519 suite here signs SHA-256(canonical proof configuration) ‖ SHA-256(canonical document).
 */
export interface ProofSuite {
  /** Display name, e.g. `eddsa-rdfc-2022`. */
  readonly name: string;
  matches(proof: Json): boolean;
  /** A warning to show when the proof uses a legacy or pre-release name. */
  readonly legacyNote?: string;
  /** Shape problems of this suite's proof object (e.g. a JCS proof `@context` the document lacks). */
  problem?(document: Json, proof: Json): string | undefined;
  hashData(document: Json, proof: Json, tools: HashTools): Promise<Uint8Array>;
}

/** What hashing may need from the host: RDF canonicalization (a port, so a browser can run it elsewhere). */
export interface HashTools {
  canonize: Canonize;
  signal?: AbortSignal;
}

/** JSON-LD document → RDFC-1.0 canonical N-Quads; throws a `JsonLdFailure` for the document's faults. */
export type Canonize = (document: unknown, signal?: AbortSignal) => Promise<string>;

/** The outcome of checking a credential's proof(s): checks to report, and the key when one verified. */
export interface ProofOutcome {
  checks: Check[];
  key?: VerificationKey;
}
