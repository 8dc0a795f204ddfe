import type { CredentialSummary } from '../result/types';
import type { RecipientMatchKind } from '../result/vocabulary';
import { compareNames } from './name-match';

/** Whose credential it is, against whose page it is on; a note, never a verdict (docs/SPEC.md §8). */
export interface RecipientMatch {
  match: RecipientMatchKind;
  /** The name the credential was issued to, when it states one. */
  name?: string;
  /** Why it is `unknown`: the page names no one, the credential names no one, or only a hash identifies the recipient. */
  reason?: 'no-page-name' | 'no-recipient-name' | 'hashed';
}

export function recipientMatch(credential: CredentialSummary, pageName: string | undefined): RecipientMatch {
  const name = credential.recipient?.name;
  if (name === undefined) return { match: 'unknown', reason: credential.recipient?.hashed ? 'hashed' : 'no-recipient-name' };
  if (!pageName) return { match: 'unknown', name, reason: 'no-page-name' };
  return { match: compareNames(name, pageName), name };
}
