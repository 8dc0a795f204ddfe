import type { Payload } from '../extract/types';
import type { Assurance, Check, CredentialSummary, FormatId, VerificationResult } from '../result/types';
import type { Session } from '../core/session';

/** A payload after decoding: parsed JSON, or a compact JWS split into its parts. */
export type DecodedCredential =
  | { kind: 'json'; value: unknown; payload: Payload; fetchedFrom?: string }
  | { kind: 'jws'; compact: string; header: Record<string, unknown>; claims: unknown; payload: Payload; fetchedFrom?: string };

export interface FormatVerdict {
  format: FormatId;
  checks: Check[];
  credential: CredentialSummary;
  assurance: Assurance;
  /** Credentials inside this one (a CLR's), each with its own result. */
  nested?: VerificationResult[];
}

/**
 * One credential format. The pipeline offers each decoded credential to the formats in order and
 * lets the first that accepts it verify it; it never looks at format names itself.
 */
export interface CredentialFormat {
  readonly id: FormatId;
  accepts(credential: DecodedCredential): boolean;
  verify(credential: DecodedCredential, session: Session): Promise<FormatVerdict>;
  /** Baked markers whose URL payloads belong to this format, for when the URL cannot be fetched. */
  readonly urlMarkers?: readonly string[];
}
