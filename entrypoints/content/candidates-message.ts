import type { Candidate } from '../../lib/detect/candidate';
import { capCandidate } from '../../lib/protocol/cap-candidate';
import { capText, LIMITS } from '../../lib/protocol/limits';
import type { ContentMessage, FoundEntry } from '../../lib/protocol/messages';

/**
 * What the content script says to the background, every field cut to the limits the background
 * accepts; no zod here, so the eager script sends a page's candidates before the overlay half loads.
 */
export function pageResetMessage(pageUrl: string, navigationId: string): ContentMessage {
  return { type: 'page-reset', pageUrl: capText(pageUrl, LIMITS.url), navigationId };
}

export function pageCandidatesMessage(
  pageUrl: string,
  navigationId: string,
  found: ReadonlyArray<{ ref: string; candidate: Candidate }>,
  notChecked: number,
  personName?: string,
): ContentMessage {
  return {
    type: 'page-candidates',
    pageUrl: capText(pageUrl, LIMITS.url),
    navigationId,
    found: found.map(capFound),
    notChecked,
    ...personField(personName),
  };
}

/** Whose page this is, read by the overlay half once it has loaded, after the candidates went. */
export function pagePersonMessage(navigationId: string, personName: string): ContentMessage {
  return { type: 'page-person', navigationId, personName: capText(personName, LIMITS.personName) };
}

function personField(personName: string | undefined): { personName?: string } {
  return personName ? { personName: capText(personName, LIMITS.personName) } : {};
}

/** A candidate cut to fit is sent marked, so the background shows it as too large rather than verifying a fragment. */
function capFound(entry: { ref: string; candidate: Candidate }): FoundEntry {
  const { candidate, truncated } = capCandidate(entry.candidate);
  return truncated ? { ref: entry.ref, candidate, unchecked: 'too-large' } : { ref: entry.ref, candidate };
}
