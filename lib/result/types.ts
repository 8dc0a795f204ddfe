import type { CheckCode } from './catalog';

export const STATUSES = ['invalid', 'revoked', 'suspended', 'expired', 'unverifiable', 'verified'] as const;
export type Status = (typeof STATUSES)[number];
export type Assurance = 'signed' | 'hosted' | 'none';
export type Outcome = 'pass' | 'fail' | 'skip' | 'error';

/** What was checked (`id`), how it went, and why (`code`, from the catalog). */
export interface Check {
  id: CheckId;
  outcome: Outcome;
  code: CheckCode;
  /** Technical detail for issuers and logs: URLs, key ids, dates. Never shown as the only explanation. */
  detail?: string;
  /** JSON pointer into the credential when the check concerns one field. */
  pointer?: string;
}

export type CheckId =
  | 'extract'
  | 'format'
  | 'shape'
  | 'hosted'
  | 'scope'
  | 'issuer'
  | 'proof'
  | 'key'
  | 'status'
  | 'validity'
  | 'recipient'
  | 'platform'
  | 'binding'
  | 'claims'
  | 'schema'
  | 'nested'
  | 'endorsement';

export interface IssuerSummary {
  id?: string;
  name?: string;
  url?: string;
  /** Where the name shown came from: the issuer's own hosted profile, or a copy inside the credential. */
  nameSource?: 'hosted-profile' | 'embedded';
  /** Who actually vouched: the origin that hosted the badge or the DID/origin controlling the key that signed it. */
  vouchedBy?: VouchedBy;
  /** Whether anything beyond the issuer's own word confirms the name; today nothing does (no trust lists yet). */
  nameTrust?: NameTrust;
}

/** An https origin (`https://issuer.example.org`) or a DID (`did:web:…`, `did:key:…`). */
export interface VouchedBy {
  kind: 'origin' | 'did';
  value: string;
}

/** `trust-list`: a trust list the user holds names this issuer for the vouching origin or DID. */
export type NameTrust = 'self-declared' | 'trust-list';

export interface RecipientSummary {
  type?: string;
  hashed?: boolean;
  /** The plaintext identity when the credential carries one; hashes are never shown as identities. */
  identity?: string;
}

export interface CredentialSummary {
  name?: string;
  description?: string;
  image?: string;
  criteria?: string;
  criteriaUrl?: string;
  issuer?: IssuerSummary;
  recipient?: RecipientSummary;
  issued?: string;
  expires?: string;
  id?: string;
  revocationReason?: string;
}

export type FormatId = 'ob2-hosted' | 'ob2-signed' | 'ob3-jwt' | 'ob3-di' | 'clr2' | 'unknown';

export interface VerificationResult {
  source: string;
  format: FormatId;
  status: Status;
  assurance: Assurance;
  checks: Check[];
  credential: CredentialSummary;
  /** ISO instant the result was computed. */
  checkedAt: string;
  /** Credentials carried inside this one (a CLR's achievements), each verified on its own. */
  nested?: VerificationResult[];
}
