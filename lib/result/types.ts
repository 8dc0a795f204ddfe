import type { CheckCode } from './catalog';
import type { Assurance, CheckId, FormatId, NameSource, NameTrust, Outcome, Status, VouchKind } from './vocabulary';

export { ASSURANCES, CHECK_IDS, FORMAT_IDS, NAME_SOURCES, OUTCOMES, STATUSES, TAB_ITEM_STATES } from './vocabulary';
export type { Assurance, CheckId, FormatId, NameSource, NameTrust, Outcome, Status, TabItemState, VouchKind } from './vocabulary';

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

export interface IssuerSummary {
  id?: string;
  name?: string;
  url?: string;
  /** Where the name shown came from: the issuer's own hosted profile, or a copy inside the credential. */
  nameSource?: NameSource;
  /** Who actually vouched: the origin that hosted the badge or the DID/origin controlling the key that signed it. */
  vouchedBy?: VouchedBy;
  /** Whether anything beyond the issuer's own word confirms the name; today nothing does (no trust lists yet). */
  nameTrust?: NameTrust;
}

/** An https origin (`https://issuer.example.org`) or a DID (`did:web:…`, `did:key:…`). */
export interface VouchedBy {
  kind: VouchKind;
  value: string;
}

export interface RecipientSummary {
  type?: string;
  hashed?: boolean;
  /** The plaintext identity when the credential carries one; hashes are never shown as identities. */
  identity?: string;
  /** The recipient's name as the credential states it (OB 3.0 `credentialSubject.name`, a `name` identity). */
  name?: string;
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
  /** Blockcerts: the explorers a lookup of the certificate's anchor asks (its chain's, from the chain registry). */
  anchorExplorers?: string[];
}

/** A skill or competency the credential aligns to (`alignment[]`); `url` only when it is https. */
export interface SkillAlignment {
  name: string;
  framework?: string;
  code?: string;
  url?: string;
}

export interface EvidenceItem {
  name?: string;
  description?: string;
  url?: string;
}

/** One achievement inside a CLR, as the CLR's own about section lists it. */
export interface AboutAchievement {
  name: string;
  achievementType?: string;
  credits?: number;
}

export interface AboutCredential {
  /** OB 3.0 `achievementType` as written (`Certificate`, `MicroCredential`, `ext:…`). */
  achievementType?: string;
  tags?: string[];
  creditsAvailable?: number;
  creditsEarned?: number;
  /** The credits' unit when the credential names one (`creditUnit`, e.g. ECTS). */
  creditUnit?: string;
  fieldOfStudy?: string;
  specialization?: string;
  /** The name of an alignment that states a level (an EQF or other level framework). */
  level?: string;
  activityStart?: string;
  activityEnd?: string;
  term?: string;
  skills?: SkillAlignment[];
  evidence?: EvidenceItem[];
  /** A CLR's nested achievements, and their credits added up. */
  achievements?: AboutAchievement[];
  creditsTotal?: number;
}

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
  /** What the credential says about its kind, size and content (docs/SPEC.md §8); only what it states. */
  about?: AboutCredential;
}
