import { effectOf } from './catalog';
import type { Check, CheckId, Status } from './types';

/** A credential is only `verified` when something vouched for its content: a proof or the issuer's host. */
const INTEGRITY_CHECKS = new Set<CheckId>(['proof', 'hosted']);

const PRECEDENCE: readonly Status[] = ['invalid', 'revoked', 'suspended', 'expired', 'unverifiable'];

/**
 * The one place checks become a verdict. Failing checks vote with their code's effect; an `error`
 * (the check could not be completed) can never vote for more than `unverifiable`, so a network
 * problem is never shown as tampering. With no votes, a passing proof or hosted check is needed.
 */
export function foldStatus(checks: readonly Check[]): Status {
  const votes = new Set<Status>();
  for (const check of checks) {
    if (check.outcome === 'pass' || check.outcome === 'skip') continue;
    const effect = effectOf(check.code);
    if (effect === 'warning' || effect === 'none') {
      if (check.outcome === 'error') votes.add('unverifiable');
      continue;
    }
    votes.add(check.outcome === 'error' && effect !== 'unverifiable' ? 'unverifiable' : effect);
  }
  for (const status of PRECEDENCE) if (votes.has(status)) return status;
  return checks.some((c) => c.outcome === 'pass' && INTEGRITY_CHECKS.has(c.id)) ? 'verified' : 'unverifiable';
}

/** Warnings: failing checks whose code leaves the verdict alone. */
export function warningsOf(checks: readonly Check[]): Check[] {
  return checks.filter((c) => c.outcome === 'fail' && effectOf(c.code) === 'warning');
}
