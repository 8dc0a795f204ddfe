import type { Candidate } from '../../lib/detect/candidate';
import { capCandidate, capUnknown } from '../../lib/protocol/cap';
import { capText, LIMITS } from '../../lib/protocol/limits';
import type { SaveOutcome } from '../../components/SaveToBackpack';
import {
  toContentMessageSchema,
  type ContentMessage,
  type FoundEntry,
  type Reply,
  type ToContentMessage,
} from '../../lib/protocol/messages';

/** What the content script says to the background, every field cut to the limits the background accepts. */
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
  const person = personName ? { personName: capText(personName, LIMITS.personName) } : {};
  return {
    type: 'page-candidates',
    pageUrl: capText(pageUrl, LIMITS.url),
    navigationId,
    found: found.map(capFound),
    notChecked,
    ...person,
  };
}

/** A candidate cut to fit is sent marked, so the background shows it as too large rather than verifying a fragment. */
function capFound(entry: { ref: string; candidate: Candidate }): FoundEntry {
  const { candidate, truncated } = capCandidate(entry.candidate);
  return truncated ? { ref: entry.ref, candidate, unchecked: 'too-large' } : { ref: entry.ref, candidate };
}

/** A message from the background, over-long fields cut before it is validated; `undefined` when it is not one. */
export function readToContentMessage(message: unknown): ToContentMessage | undefined {
  const parsed = toContentMessageSchema.safeParse(capUnknown(toContentMessageSchema, message));
  return parsed.success ? parsed.data : undefined;
}

/** The background's answer to "Save to my backpack", as the card shows it. */
export function savedOutcome(reply: Reply | undefined): SaveOutcome {
  if (reply?.ok && 'added' in reply && typeof reply.added === 'boolean') return { added: reply.added };
  return { error: reply && !reply.ok ? reply.error : 'the extension did not answer' };
}
