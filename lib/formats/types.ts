import type { Payload } from '../extract/types';
import type { AboutCredential, Assurance, Check, CredentialSummary, FormatId, VerificationResult } from '../result/types';
import type { Session } from '../core/session';

/** A payload after decoding: parsed JSON, or a compact JWS split into its parts. */
export type DecodedCredential =
  | { kind: 'json'; value: unknown; payload: Payload; fetchedFrom?: string }
  | { kind: 'jws'; compact: string; header: Record<string, unknown>; claims: unknown; payload: Payload; fetchedFrom?: string };

/** What a format found; `makeResult` (lib/result) turns it into the result. */
export interface FormatReport {
  format: FormatId;
  checks: Check[];
  credential: CredentialSummary;
  assurance: Assurance;
  /** The credential's shape is broken, so what it carries (a CLR's credentials) was not looked at. */
  malformed?: boolean;
  /** Credentials inside this one (a CLR's), each with its own result. */
  nested?: VerificationResult[];
  /** What the credential says about its kind, size and content. */
  about?: AboutCredential;
}

/** @deprecated the old name of `FormatReport`, kept while other branches merge. */
export type FormatVerdict = FormatReport;

/**
 * One credential format. The pipeline offers each decoded credential to the formats in order and
 * lets the first that accepts it verify it; it never looks at format names itself.
 */
export interface CredentialFormat {
  readonly id: FormatId;
  accepts(credential: DecodedCredential): boolean;
  verify(credential: DecodedCredential, session: Session): Promise<FormatReport>;
  /** Baked markers whose URL payloads belong to this format, for when the URL cannot be fetched. */
  readonly urlMarkers?: readonly string[];
  /**
   * What a non-2xx HTTP status of this format's own resource means, when it says more than "could not
   * fetch" (OB 2.0: 410 Gone is a revocation). Undefined leaves it a network problem.
   */
  readHttpStatus?(status: number, url: string): Check | undefined;
}
