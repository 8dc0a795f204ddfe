/**
 * Every closed vocabulary of a verification result, declared once. The TS types and the message
 * schemas' `z.enum`s are derived from these arrays.
 */

/** Verdicts, worst first: `foldStatus` and the toolbar pick the first that applies. */
export const STATUSES = ['invalid', 'revoked', 'suspended', 'expired', 'unverifiable', 'verified'] as const;
export type Status = (typeof STATUSES)[number];

export const ASSURANCES = ['signed', 'hosted', 'none'] as const;
export type Assurance = (typeof ASSURANCES)[number];

export const OUTCOMES = ['pass', 'fail', 'skip', 'error'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What a check is about (`Check.id`). */
export const CHECK_IDS = [
  'extract',
  'format',
  'shape',
  'hosted',
  'scope',
  'issuer',
  'proof',
  'key',
  'status',
  'validity',
  'recipient',
  'platform',
  'binding',
  'claims',
  'schema',
  'nested',
  'endorsement',
  'anchor',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const FORMAT_IDS = ['ob2-hosted', 'ob2-signed', 'ob3-jwt', 'ob3-di', 'clr2', 'vc', 'blockcerts', 'unknown'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** Where an issuer name shown came from: the issuer's own hosted profile, or a copy inside the credential. */
export const NAME_SOURCES = ['hosted-profile', 'embedded'] as const;
export type NameSource = (typeof NAME_SOURCES)[number];

/** Who vouched for an issuer: the origin that hosted it, or the DID (or https origin) controlling the signing key. */
export const VOUCH_KINDS = ['origin', 'did'] as const;
export type VouchKind = (typeof VOUCH_KINDS)[number];

/** Whether anything beyond the issuer's own word confirms its name (a trust list the user holds). */
export const NAME_TRUSTS = ['self-declared', 'trust-list'] as const;
export type NameTrust = (typeof NAME_TRUSTS)[number];

/** A page item is `pending` until its verification has finished. */
export const TAB_ITEM_STATES = ['pending', 'done'] as const;
export type TabItemState = (typeof TAB_ITEM_STATES)[number];

/** Whether the name a credential was issued to is the name of the person the page is about (docs/SPEC.md §8). */
export const RECIPIENT_MATCHES = ['match', 'mismatch', 'unknown'] as const;
export type RecipientMatchKind = (typeof RECIPIENT_MATCHES)[number];
