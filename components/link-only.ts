import type { VerificationResult } from '../lib/result/types';
import { t } from './i18n';
import { statusMessageKey } from './message-keys';
import { worstResult } from './status';

/** A platform page that publishes nothing checkable: its only check says so. */
export function isLinkOnly(result: VerificationResult): boolean {
  return result.checks.length > 0 && result.checks.every((c) => c.code === 'platform.link-only');
}

/** The word a chip shows: "Link only" for a link-only platform page, never a status that looks like a verdict on it. */
export function chipWord(results: readonly VerificationResult[]): string {
  const worst = worstResult(results);
  if (worst && isLinkOnly(worst)) return t('chip_link_only');
  return t(statusMessageKey(worst?.status ?? 'unverifiable'));
}
