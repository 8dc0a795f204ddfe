import type { VerificationResult } from '../../../lib/result/types';
import type { Status } from '../../../lib/result/vocabulary';

/** A result with the verdict and credential fields a backpack test needs. */
export function resultWith(
  status: Status,
  credential: VerificationResult['credential'] = {},
  checkedAt = '2026-01-01T00:00:00.000Z',
): VerificationResult {
  return { source: 'badge.png', format: 'ob2-hosted', status, assurance: 'hosted', checks: [], credential, checkedAt };
}
