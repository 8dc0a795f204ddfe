import { foldStatus } from './fold-status';
import type { AboutCredential, Assurance, Check, CredentialSummary, FormatId, Status, VerificationResult } from './types';

/** What a result is made of before the verdict is folded. */
export interface ResultParts {
  source: string;
  format: FormatId;
  checks: Check[];
  credential?: CredentialSummary;
  /** The assurance the format established; `makeResult` withdraws it when the verdict forbids it. */
  assurance?: Assurance;
  nested?: VerificationResult[];
  about?: AboutCredential;
}

/**
 * The one way a result is built: the status is folded from the checks, the assurance is kept only
 * when the status allows it, and `checkedAt` is the instant `at` (ms since the epoch).
 */
export function makeResult(parts: ResultParts, at: number): VerificationResult {
  const status = foldStatus(parts.checks);
  return {
    source: parts.source,
    format: parts.format,
    status,
    assurance: assuranceFor(status, parts.assurance ?? 'none'),
    checks: parts.checks,
    credential: parts.credential ?? {},
    checkedAt: new Date(at).toISOString(),
    ...(parts.nested ? { nested: parts.nested } : {}),
    ...(parts.about ? { about: parts.about } : {}),
  };
}

/** An invalid credential vouches for nothing, whatever signed or hosted it. */
export function assuranceFor(status: Status, claimed: Assurance): Assurance {
  return status === 'invalid' ? 'none' : claimed;
}
