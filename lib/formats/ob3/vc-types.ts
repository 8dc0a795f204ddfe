import type { AboutCredential, Assurance, Check, CredentialSummary } from '../../result/types';
import type { Json } from '../../util/json';

/** A verifiable credential as found: an embedded-proof document or a VC-JWT. */
export type VcEnvelope =
  | { kind: 'di'; credential: unknown }
  | { kind: 'jwt'; compact: string; header: Record<string, unknown>; claims: unknown };

export interface VcVerdict {
  checks: Check[];
  assurance: Assurance;
  credential: CredentialSummary;
  /** The credential JSON (for a VC-JWT, with claims filled in), when it is an object. */
  value?: Json;
  /** Its shape is broken (not an object, a required field or the context wrong): nothing else was checked. */
  malformed?: boolean;
  about?: AboutCredential;
}
