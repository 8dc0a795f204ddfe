import { isJsonLdFailure } from '../jsonld/load';
import { error, fail } from '../result/check';
import type { Check } from '../result/types';

export interface ProblemWording {
  /** Where an unexpected (non JSON-LD) failure is reported. */
  pointer?: string;
  /** How a safe-mode refusal begins, before jsonld's own detail. */
  safeModeLead: string;
}

/**
 * What a canonicalization failure means for a proof. Anything but a JSON-LD verdict on the document is
 * our failure to check it, never the credential's fault.
 */
export function canonicalizationProblem(e: unknown, wording: ProblemWording): Check {
  if (!isJsonLdFailure(e)) {
    const detail = e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 300) : String(e);
    return error('proof', 'internal.error', detail, wording.pointer);
  }
  const problem = e.problem;
  switch (problem.kind) {
    case 'unknown-context':
      return error(
        'proof',
        'jsonld.unknown-context',
        `the context ${problem.url} is not one Badge Lens knows; it is never fetched`,
        '/@context',
      );
    case 'safe-mode':
      return fail('proof', 'jsonld.safe-mode', `${wording.safeModeLead}: ${problem.detail}`);
    case 'work-limit':
      return error('proof', 'jsonld.work-limit', problem.detail);
    default:
      return fail('proof', 'jsonld.invalid', problem.detail);
  }
}
