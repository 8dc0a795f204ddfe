import type { VerificationResult } from '../result/types';

/** What a recruiter's check of this badge will confirm, or will not, each said by one message. */
export const RECRUITER_NOTES = [
  'signed',
  'hosted',
  'hosted-not-signed',
  'not-revoked',
  'revoked',
  'expired',
  'expires',
  'recipient-named',
  'recipient-hashed',
  'recipient-missing',
  'issuer-vouched',
  'issuer-self-declared',
  'issuer-slow',
  'issuer-unreachable',
  'invalid',
] as const;
export type RecruiterNoteCode = (typeof RECRUITER_NOTES)[number];

export interface RecruiterNote {
  code: RecruiterNoteCode;
  /** The value the message names (a date, a recipient, a site). */
  value?: string;
}

export interface RecruiterView {
  confirms: RecruiterNote[];
  cannotConfirm: RecruiterNote[];
}

const passed = (result: VerificationResult, code: string) => result.checks.some((c) => c.code === code && c.outcome === 'pass');
const failed = (result: VerificationResult, prefix: string) =>
  result.checks.some((c) => c.code.startsWith(prefix) && c.outcome !== 'pass' && c.outcome !== 'skip');

/** From the badge's latest result: what a recruiter verifying it now can and cannot be sure of. */
export function recruiterView(result: VerificationResult): RecruiterView {
  const confirms: RecruiterNote[] = [];
  const cannot: RecruiterNote[] = [];
  const { credential } = result;
  if (result.status === 'invalid') cannot.push({ code: 'invalid' });
  if (result.status === 'revoked') cannot.push({ code: 'revoked' });
  if (result.status === 'expired') cannot.push({ code: 'expired' });
  if (failed(result, 'net.timeout')) cannot.push({ code: 'issuer-slow' });
  else if (result.status === 'unverifiable' && result.checks.some((c) => c.code.startsWith('net.')))
    cannot.push({ code: 'issuer-unreachable' });
  if (result.status === 'verified') {
    if (result.assurance === 'signed') confirms.push({ code: 'signed' });
    if (result.assurance === 'hosted') {
      confirms.push({ code: 'hosted' });
      cannot.push({ code: 'hosted-not-signed' });
    }
    if (passed(result, 'status.ok')) confirms.push({ code: 'not-revoked' });
    if (credential.expires) confirms.push({ code: 'expires', value: credential.expires });
  }
  const recipient = credential.recipient;
  if (recipient?.identity) confirms.push({ code: 'recipient-named', value: recipient.identity });
  else if (recipient?.hashed) cannot.push({ code: 'recipient-hashed' });
  else cannot.push({ code: 'recipient-missing' });
  const vouched = credential.issuer?.vouchedBy;
  if (vouched) confirms.push({ code: 'issuer-vouched', value: vouched.value });
  if (credential.issuer?.nameTrust !== 'trust-list') cannot.push({ code: 'issuer-self-declared', value: credential.issuer?.name ?? '' });
  return { confirms, cannotConfirm: cannot };
}
