import { recipientMatch as nameMatch, type RecipientMatch } from '../checks/recipient-match';
import type { VerificationResult } from '../result/types';
import type { TrustNote } from '../trust/trust-list';

/** A result as exported: the CLI's Result shape plus whose it is and whether its issuer is known. */
export type ExportedResult = VerificationResult & { recipientMatch: RecipientMatch; trust: TrustNote };

export interface ExportNotes {
  /** Whose credentials these should be: the page's person, or the CLI's `--name`. */
  personName?: string | undefined;
  trust?: ((result: VerificationResult) => TrustNote) | undefined;
}

/**
 * Whose credential it is: the recipient check when one was made (`--recipient`), else the credential's
 * recipient name against the person's (docs/SPEC.md §8).
 */
export function exportRecipientMatch(result: VerificationResult, personName: string | undefined): RecipientMatch {
  const byName = nameMatch(result.credential, personName);
  const codes = new Set(result.checks.map((c) => c.code));
  const name = byName.name !== undefined ? { name: byName.name } : {};
  if (codes.has('recipient.mismatch')) return { match: 'mismatch', ...name };
  if (codes.has('recipient.match')) return { match: 'match', ...name };
  return byName;
}

const trustOf = (result: VerificationResult, notes: ExportNotes): TrustNote =>
  notes.trust?.(result) ?? ('trust' in result && isTrustNote(result.trust) ? result.trust : { known: false });

export function isTrustNote(value: unknown): value is TrustNote {
  return typeof value === 'object' && value !== null && typeof (value as { known?: unknown }).known === 'boolean';
}

/** The result with its recipient match and trust note, nested CLR results too. */
export function exportedResult(result: VerificationResult, notes: ExportNotes): ExportedResult {
  return {
    ...result,
    ...(result.nested ? { nested: result.nested.map((r) => exportedResult(r, notes)) } : {}),
    recipientMatch: exportRecipientMatch(result, notes.personName),
    trust: trustOf(result, notes),
  };
}
