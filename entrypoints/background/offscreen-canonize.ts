import { browser } from 'wxt/browser';
import type { JsonLdTools } from '../../lib/core/ports';
import { JsonLdFailure } from '../../lib/jsonld/errors';
import { offscreenLabelledReplySchema, offscreenReplySchema, type OffscreenRequest } from '../../lib/protocol/offscreen';

const PAGE = '/offscreen.html';
const LISTEN_ATTEMPTS = 40;

/** What the offscreen client needs from Chrome; tests pass fakes. */
export interface OffscreenHost {
  hasDocument(): Promise<boolean>;
  createDocument(): Promise<void>;
  sendMessage(message: OffscreenRequest): Promise<unknown>;
  /** Between attempts while a new document starts listening. */
  retryDelayMs?: number;
}

/**
 * JSON-LD tools answered by the offscreen document; its JSON-LD stack loads when first needed, or
 * ahead with `warm()` (the router calls it when a page reports candidates).
 */
export function createOffscreenJsonLdTools(host: OffscreenHost): JsonLdTools {
  let creating: Promise<void> | undefined;

  async function ensureDocument(): Promise<void> {
    creating ??= (async () => {
      if (!(await host.hasDocument())) await host.createDocument();
    })().finally(() => (creating = undefined));
    await creating;
  }

  function ask(request: OffscreenRequest, signal?: AbortSignal): Promise<unknown> {
    return untilAborted(async () => {
      await ensureDocument();
      if (signal?.aborted) throw cancelled();
      return sendWhenListening(host, request, signal);
    }, signal);
  }

  return {
    warm() {
      void ensureDocument().catch(() => undefined);
    },
    async canonize(document, options) {
      const reply = offscreenReplySchema.safeParse(await ask({ type: 'canonize', target: 'offscreen', document }, options?.signal));
      if (!reply.success) throw new Error('the canonicalization page gave no usable answer');
      if (reply.data.ok) return reply.data.nquads;
      throw replyFailure(reply.data);
    },
    async canonizeWithLabels(document, options) {
      const reply = offscreenLabelledReplySchema.safeParse(
        await ask({ type: 'canonize-with-labels', target: 'offscreen', document }, options?.signal),
      );
      if (!reply.success) throw new Error('the canonicalization page gave no usable answer');
      if (reply.data.ok) return { nquads: reply.data.nquads, labels: new Map(Object.entries(reply.data.labels)) };
      throw replyFailure(reply.data);
    },
  };
}

function replyFailure(reply: { problem: JsonLdFailure['problem'] } | { error: string }): Error {
  return 'problem' in reply ? new JsonLdFailure(reply.problem) : new Error(reply.error);
}

function cancelled(): JsonLdFailure {
  return new JsonLdFailure({ kind: 'work-limit', detail: 'canonicalization was stopped: the verification was cancelled' });
}

/** An aborted run stops waiting at once (the page finishes on its own, within its time limit). */
function untilAborted<T>(start: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return start();
  if (signal.aborted) return Promise.reject(cancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    start()
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** A new offscreen document may not be listening yet when `createDocument` resolves; wait for it a little. */
async function sendWhenListening(host: OffscreenHost, request: OffscreenRequest, signal?: AbortSignal): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await host.sendMessage(request);
    } catch (e) {
      const notYet = e instanceof Error && /Receiving end does not exist/.test(e.message);
      if (!notYet || attempt >= LISTEN_ATTEMPTS || signal?.aborted) throw e;
      await new Promise((resolve) => setTimeout(resolve, host.retryDelayMs ?? 50));
    }
  }
}

/** The two Chrome-only APIs used here, typed locally (the polyfill's types do not cover them). */
interface ChromeOffscreen {
  runtime: { getContexts(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]> };
  offscreen?: { createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void> };
}

/** Chrome has offscreen documents; Firefox's background page can import the stack itself. */
export function platformJsonLdTools(chromeApi = (globalThis as { chrome?: ChromeOffscreen }).chrome): JsonLdTools | undefined {
  const offscreen = chromeApi?.offscreen;
  if (!chromeApi || !offscreen) return undefined;
  const pageUrl = browser.runtime.getURL(PAGE);
  return createOffscreenJsonLdTools({
    hasDocument: async () =>
      (await chromeApi.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [pageUrl] })).length > 0,
    createDocument: () =>
      offscreen.createDocument({
        url: pageUrl,
        reasons: ['WORKERS'],
        justification: 'Canonicalizes JSON-LD credentials to check their signatures.',
      }),
    sendMessage: (message) => browser.runtime.sendMessage(message),
  });
}
