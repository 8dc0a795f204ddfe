import { effectOf, vouchesForContent } from './catalog';
import { worstStatus } from './precedence';
import type { Check, Outcome, Status } from './types';

/**
 * The one place checks become a verdict. Failing checks vote with their code's effect; an `error`
 * (the check could not be completed) can never vote for more than `unverifiable`, so a network
 * problem is never shown as tampering. With no votes, a passing check whose code vouches for the
 * content (a proof, the issuer's hosted copy) is needed.
 */
export function foldStatus(checks: readonly Check[]): Status {
  const votes: Status[] = [];
  for (const check of checks) {
    const vote = voteOf(check);
    if (vote) votes.push(vote);
  }
  const worst = worstStatus(votes);
  if (worst) return worst;
  return checks.some((c) => c.outcome === 'pass' && vouchesForContent(c.code)) ? 'verified' : 'unverifiable';
}

function voteOf(check: Check): Status | undefined {
  if (check.outcome === 'pass' || check.outcome === 'skip') return undefined;
  const effect = effectOf(check.code);
  if (effect === 'warning' || effect === 'none') return check.outcome === 'error' ? 'unverifiable' : undefined;
  return check.outcome === 'error' && effect !== 'unverifiable' ? 'unverifiable' : effect;
}

/** A finding shown to the user that leaves the verdict alone: a failing check with a warning code. */
export function isWarning(check: Check): boolean {
  return check.outcome === 'fail' && effectOf(check.code) === 'warning';
}

export type ShownOutcome = Outcome | 'warning';

/** How a check is drawn: its outcome, except that a warning is shown as one. */
export function shownOutcome(check: Check): ShownOutcome {
  return isWarning(check) ? 'warning' : check.outcome;
}

/** Warnings: failing checks whose code leaves the verdict alone. */
export function warningsOf(checks: readonly Check[]): Check[] {
  return checks.filter(isWarning);
}
