import type { UncheckedReason } from '../../lib/protocol/schemas';
import { error } from '../../lib/result/check';
import { makeResult } from '../../lib/result/make-result';
import type { VerificationResult } from '../../lib/result/types';

/** The plain result of a candidate that is shown but not verified; never a verdict on the credential. */
export function uncheckedResult(reason: UncheckedReason, source: string, at: number): VerificationResult {
  const code = reason === 'too-large' ? 'candidate.too-large' : 'candidate.unreadable';
  return makeResult({ source, format: 'unknown', checks: [error('extract', code)] }, at);
}
