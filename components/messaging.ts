import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { capUnknown } from '../lib/protocol/cap';
import { failureSchema, uiProtocol, type OkReplyOf, type UiMessage, type UiProtocol } from '../lib/protocol/messages';

/** The successful reply to a UI request of type `T`. */
export type OkReply<T extends UiMessage['type'] = UiMessage['type']> = OkReplyOf<UiProtocol, T>;

/**
 * Why a request to the background worker did not give an answer:
 * `unreachable` — no worker listening (starting, crashed, or no handler yet);
 * `timeout` — it did not answer in time; `bad-reply` — the answer failed validation;
 * `refused` — it answered `{ ok: false, error }`.
 */
export type BackgroundErrorKind = 'unreachable' | 'timeout' | 'bad-reply' | 'refused';

export class BackgroundError extends Error {
  constructor(
    readonly kind: BackgroundErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'BackgroundError';
  }
}

export type Sender = (message: UiMessage) => Promise<unknown>;

const defaultSender: Sender = (message) => browser.runtime.sendMessage(message);

/** Send a UI message to the background and return its successful reply, validated with that request's reply schema. */
export async function sendMessage<M extends UiMessage>(
  message: M,
  timeoutMs = 5000,
  send: Sender = defaultSender,
): Promise<OkReply<M['type']>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BackgroundError('timeout', `no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  let raw: unknown;
  try {
    raw = await Promise.race([
      Promise.resolve()
        .then(() => send(message))
        .catch((error: unknown) => {
          throw new BackgroundError('unreachable', error instanceof Error ? error.message : String(error));
        }),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
  if (raw === undefined) throw new BackgroundError('unreachable', 'the background sent no answer');
  const refusal = failureSchema.safeParse(raw);
  if (refusal.success) throw new BackgroundError('refused', refusal.data.error);
  // Over-long fields are cut here too, so an answer is never refused for length alone.
  const parsed = replySchemaOf(message).safeParse(capUnknown(replySchemaOf(message), raw));
  if (!parsed.success) throw new BackgroundError('bad-reply', 'the background sent an answer of the wrong shape');
  return parsed.data;
}

/** TS cannot index the protocol with a generic key and keep the link to `M`; `uiProtocol`'s type guarantees it. */
const replySchemaOf = <M extends UiMessage>(message: M) => uiProtocol[message.type].reply as unknown as z.ZodMiniType<OkReply<M['type']>>;
