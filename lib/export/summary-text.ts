import type { RecipientMatch } from '../checks/recipient-match';
import type { Status, VerificationResult } from '../result/types';
import type { TrustNote } from '../trust/trust-list';

const STATUS_WORDS: Record<Status, string> = {
  verified: 'Verified',
  invalid: 'Invalid',
  revoked: 'Revoked by its issuer',
  suspended: 'Suspended by its issuer',
  expired: 'Expired',
  unverifiable: 'Could not be verified',
};

function recipientSentence(match: RecipientMatch): string | undefined {
  if (match.match === 'match') return `Issued to ${match.name} — matches the page it was found on.`;
  if (match.match === 'mismatch') return `Warning: issued to a different name (${match.name}).`;
  if (match.reason === 'hashed') return 'The recipient is a hashed email address; only the holder’s email can confirm it.';
  return match.name ? `Issued to ${match.name}.` : undefined;
}

/** A short plain-text paragraph for an applicant-tracking note ("Copy summary"); English, as such notes are shared. */
export function summaryText(result: VerificationResult, match: RecipientMatch, trust: TrustNote, pageUrl?: string): string {
  const c = result.credential;
  const issuer = c.issuer?.name ?? c.issuer?.id ?? 'an unnamed issuer';
  const vouched = c.issuer?.vouchedBy ? ` (name self-declared; vouched for by ${c.issuer.vouchedBy.value})` : '';
  const failed = result.checks.filter((k) => k.outcome === 'fail' || k.outcome === 'error').map((k) => k.code);
  const about = result.about;
  const size = [
    about?.achievementType,
    about?.creditsAvailable !== undefined
      ? `${about.creditsAvailable}${about.creditUnit ? ` ${about.creditUnit}` : ' credits'}`
      : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const skills = (about?.skills ?? []).map((s) => s.name);
  return [
    `${c.name ?? 'A credential'} — issued by ${issuer}${vouched}${c.issued ? ` on ${c.issued.slice(0, 10)}` : ''}.`,
    `${STATUS_WORDS[result.status]} by Badge Lens on ${result.checkedAt.slice(0, 10)} (format ${result.format}, assurance ${result.assurance})${failed.length > 0 ? `; failed checks: ${failed.join(', ')}` : ''}.`,
    recipientSentence(match),
    size ? `${size}.` : undefined,
    skills.length > 0 ? `Skills: ${skills.join(', ')}.` : undefined,
    trust.known ? `Known issuer${trust.list ? ` — on ${trust.list}` : ''}.` : 'Issuer not on the reviewer’s trust lists.',
    pageUrl ? `Found on ${pageUrl}.` : undefined,
  ]
    .filter((line): line is string => line !== undefined)
    .join(' ');
}
