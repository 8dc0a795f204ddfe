import type { Status } from './vocabulary';

/**
 * Every check code the core can emit. `effect` is what a failing (or erroring) check with this code does
 * to the verdict; `warning` marks a finding shown to the user that leaves the verdict alone.
 * Pass codes carry `effect: 'none'`. `vouches` marks the pass codes that vouch for the credential's
 * content (a proof, or the issuer's own hosted copy): without a passing one, nothing is `verified`.
 */
type Effect = Exclude<Status, 'verified'> | 'warning' | 'none';
interface CatalogEntry {
  effect: Effect;
  vouches?: true;
}

export const CHECK_CATALOG = {
  // extraction and shape
  'extract.ok': { effect: 'none' },
  'extract.png-truncated': { effect: 'invalid' },
  'extract.png-bad-crc': { effect: 'invalid' },
  'extract.png-chunk-too-large': { effect: 'invalid' },
  'extract.png-too-many-chunks': { effect: 'invalid' },
  'extract.png-bad-text-chunk': { effect: 'invalid' },
  'extract.png-inflate-failed': { effect: 'invalid' },
  'extract.svg-malformed': { effect: 'invalid' },
  'extract.payload-unrecognized': { effect: 'invalid' },
  'extract.unsupported-bytes': { effect: 'invalid' },
  'extract.too-large': { effect: 'invalid' },
  'format.json-malformed': { effect: 'invalid' },
  'format.too-deep': { effect: 'invalid' },
  'format.jws-malformed': { effect: 'invalid' },
  'format.unsupported': { effect: 'unverifiable' },
  'format.generic-vc': { effect: 'none' },
  'format.unrecognized': { effect: 'invalid' },
  'format.too-many-links': { effect: 'invalid' },
  'shape.invalid': { effect: 'invalid' },
  'shape.legacy-upgraded': { effect: 'warning' },
  'shape.context-invalid': { effect: 'invalid' },
  'shape.vcdm-v1': { effect: 'warning' },
  'shape.recipient-missing': { effect: 'warning' },
  'schema.ok': { effect: 'none' },
  'schema.not-checked': { effect: 'none' },
  'schema.invalid': { effect: 'invalid' },

  // hosted (OB 2.0)
  'hosted.fetched': { effect: 'none', vouches: true },
  'hosted.id-not-url': { effect: 'invalid' },
  'hosted.id-mismatch': { effect: 'invalid' },
  'hosted.content-differs': { effect: 'warning' },
  'hosted.gone': { effect: 'revoked' },
  'scope.ok': { effect: 'none' },
  'scope.not-checked': { effect: 'none' },
  'scope.starts-with-mismatch': { effect: 'invalid' },
  'scope.origin-not-allowed': { effect: 'invalid' },
  'scope.issuer-not-http': { effect: 'warning' },

  // issuer and badge class
  'issuer.ok': { effect: 'none' },
  'issuer.badge-class-invalid': { effect: 'invalid' },
  'issuer.profile-invalid': { effect: 'invalid' },
  'issuer.url-other-site': { effect: 'warning' },
  'issuer.image-other-site': { effect: 'warning' },

  // proofs and keys
  'proof.ok': { effect: 'none', vouches: true },
  'proof.not-checked': { effect: 'none' },
  'proof.missing': { effect: 'invalid' },
  'proof.signature-invalid': { effect: 'invalid' },
  'proof.alg-unsupported': { effect: 'unverifiable' },
  'key.ok': { effect: 'none' },
  'key.not-listed': { effect: 'invalid' },
  'key.owner-mismatch': { effect: 'invalid' },
  'key.none-listed': { effect: 'invalid' },
  'key.malformed': { effect: 'invalid' },
  'key.unsupported': { effect: 'unverifiable' },
  'key.suite-mismatch': { effect: 'invalid' },
  'key.did-method-unsupported': { effect: 'unverifiable' },
  'key.found': { effect: 'none' },
  'key.none-given': { effect: 'unverifiable' },
  'key.vm-not-found': { effect: 'invalid' },
  'key.not-assertion-method': { effect: 'invalid' },
  'key.document-invalid': { effect: 'invalid' },
  'proof.unsupported-type': { effect: 'unverifiable' },
  'proof.purpose-invalid': { effect: 'invalid' },
  'proof.malformed': { effect: 'invalid' },
  'proof.legacy-suite': { effect: 'warning' },
  'proof.sd-base-proof': { effect: 'unverifiable' },
  'proof.sd-disclosed': { effect: 'none' },
  'proof.additional-unverified': { effect: 'warning' },

  // issuer binding: the key that signed belongs to the issuer the credential names
  'binding.ok': { effect: 'none' },
  'binding.unbound': { effect: 'warning' },
  'binding.mismatch': { effect: 'invalid' },

  // JSON-LD processing for RDF-canonicalized proofs
  'jsonld.unknown-context': { effect: 'unverifiable' },
  'jsonld.safe-mode': { effect: 'invalid' },
  'jsonld.invalid': { effect: 'invalid' },
  'jsonld.work-limit': { effect: 'unverifiable' },

  // VC-JWT claims against the credential they carry
  'claims.ok': { effect: 'none' },
  'claims.mismatch': { effect: 'invalid' },
  'claims.sub-missing': { effect: 'warning' },

  // status
  'status.ok': { effect: 'none' },
  'status.none': { effect: 'none' },
  'status.revoked': { effect: 'revoked' },
  'status.suspended': { effect: 'suspended' },
  'status.list-invalid': { effect: 'unverifiable' },
  'status.list-short': { effect: 'warning' },
  'status.list-purpose-missing': { effect: 'warning' },
  'status.type-unsupported': { effect: 'unverifiable' },
  'status.purpose-ignored': { effect: 'none' },

  // credentials inside a CLR, and endorsements (never change the verdict)
  'nested.ok': { effect: 'none' },
  'nested.invalid': { effect: 'invalid' },
  'nested.unverifiable': { effect: 'unverifiable' },
  'nested.not-current': { effect: 'warning' },
  'endorsement.ok': { effect: 'none' },
  'endorsement.not-verified': { effect: 'warning' },

  // validity window
  'validity.ok': { effect: 'none' },
  'validity.expired': { effect: 'expired' },
  'validity.not-yet-valid': { effect: 'invalid' },
  'validity.issued-in-future': { effect: 'invalid' },
  'validity.date-malformed': { effect: 'invalid' },

  // recipient
  'recipient.match': { effect: 'none' },
  'recipient.mismatch': { effect: 'invalid' },
  'recipient.not-checked': { effect: 'none' },
  'recipient.alg-unsupported': { effect: 'unverifiable' },
  'recipient.type-unknown': { effect: 'warning' },

  // Blockcerts: the certificate's hash, its Merkle receipt, its issuer's keys and its blockchain anchor
  'blockcerts.version-unsupported': { effect: 'unverifiable' },
  'blockcerts.receipt-malformed': { effect: 'invalid' },
  'blockcerts.hash-ok': { effect: 'none' },
  'blockcerts.hash-mismatch': { effect: 'invalid' },
  'blockcerts.merkle-ok': { effect: 'none' },
  'blockcerts.merkle-mismatch': { effect: 'invalid' },
  'blockcerts.issuer-did-unsupported': { effect: 'unverifiable' },
  'blockcerts.keys-listed': { effect: 'none' },
  'blockcerts.revocation-none': { effect: 'none' },
  // A confirmed anchor also yields `proof.ok`, the code that vouches.
  'anchor.ok': { effect: 'none' },
  'anchor.not-checked': { effect: 'unverifiable' },
  'anchor.test-chain': { effect: 'unverifiable' },
  'anchor.chain-unsupported': { effect: 'unverifiable' },
  'anchor.explorer-failed': { effect: 'unverifiable' },
  'anchor.explorers-disagree': { effect: 'unverifiable' },
  'anchor.explorer-lied': { effect: 'unverifiable' },
  'anchor.unconfirmed': { effect: 'unverifiable' },
  'anchor.root-mismatch': { effect: 'invalid' },
  'anchor.key-not-issuer': { effect: 'invalid' },
  // The key its scriptSig shows did not sign it: the output it spends is locked otherwise, or the signature fails.
  'anchor.spend-not-by-key': { effect: 'invalid' },
  'anchor.key-not-valid-then': { effect: 'invalid' },

  // the verifier itself
  'internal.error': { effect: 'unverifiable' },
  // a candidate the page handed over that could not be checked as found (cut to fit a message, or unreadable)
  'candidate.too-large': { effect: 'unverifiable' },
  'candidate.unreadable': { effect: 'unverifiable' },

  // platforms
  'platform.no-public-data': { effect: 'unverifiable' },
  'platform.link-only': { effect: 'unverifiable' },

  // network (always `error` outcomes)
  'net.offline': { effect: 'unverifiable' },
  'net.blocked': { effect: 'unverifiable' },
  'net.bad-url': { effect: 'unverifiable' },
  'net.timeout': { effect: 'unverifiable' },
  'net.unreachable': { effect: 'unverifiable' },
  'net.http-error': { effect: 'unverifiable' },
  'net.too-large': { effect: 'unverifiable' },
  'net.too-many-redirects': { effect: 'unverifiable' },
  'net.aborted': { effect: 'unverifiable' },
  'net.not-json': { effect: 'unverifiable' },
} as const satisfies Record<string, CatalogEntry>;

export type CheckCode = keyof typeof CHECK_CATALOG;
export type NetCode = Extract<CheckCode, `net.${string}`>;

export function effectOf(code: CheckCode): Effect {
  return CHECK_CATALOG[code].effect;
}

/** Whether a passing check with this code vouches for the credential's content. */
export function vouchesForContent(code: CheckCode): boolean {
  const entry: CatalogEntry = CHECK_CATALOG[code];
  return entry.vouches === true;
}

/** A problem reaching a resource (as opposed to a problem with what it says). */
export function isNetCode(code: CheckCode): code is NetCode {
  return code.startsWith('net.');
}
