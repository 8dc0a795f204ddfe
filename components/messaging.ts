import { browser } from 'wxt/browser';
import { replySchema, type Reply, type UiMessage } from '../lib/protocol/messages';

export type OkReply = Extract<Reply, { ok: true }>;

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

/** Send a UI message to the background and return its validated, successful reply. */
export async function request(message: UiMessage, timeoutMs = 5000, send: Sender = defaultSender): Promise<OkReply> {
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
  const parsed = replySchema.safeParse(raw);
  if (!parsed.success) throw new BackgroundError('bad-reply', 'the background sent an answer of the wrong shape');
  if (!parsed.data.ok) throw new BackgroundError('refused', parsed.data.error);
  return parsed.data;
}
