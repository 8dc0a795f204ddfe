import { capUnknown } from '../../lib/protocol/cap';
import type { SaveOutcome } from '../../components/SaveToBackpack';
import { toContentMessageSchema, type Reply, type ToContentMessage } from '../../lib/protocol/messages';

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
