import { browser } from 'wxt/browser';
import { JsonLdFailure } from '../../lib/jsonld/errors';
import type { Canonize } from '../../lib/proofs/types';
import { offscreenReplySchema, type OffscreenRequest } from '../../lib/protocol/offscreen';

const PAGE = '/offscreen.html';
let creating: Promise<void> | undefined;

/** The two Chrome-only APIs used here, typed locally (the polyfill's types do not cover them). */
interface ChromeOffscreen {
  runtime: { getContexts(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]> };
  offscreen?: { createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void> };
}
const chromeApi = (globalThis as { chrome?: ChromeOffscreen }).chrome;

async function ensureOffscreenDocument(): Promise<void> {
  const url = browser.runtime.getURL(PAGE);
  const existing = await chromeApi!.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (existing.length > 0) return;
  creating ??= chromeApi!
    .offscreen!.createDocument({ url, reasons: ['WORKERS'], justification: 'Canonicalizes JSON-LD credentials to check their signatures.' })
    .finally(() => (creating = undefined));
  await creating;
}

/** RDF canonicalization in the offscreen document; its JSON-LD stack loads only when first needed. */
export const offscreenCanonize: Canonize = async (document) => {
  await ensureOffscreenDocument();
  const request: OffscreenRequest = { type: 'canonize', target: 'offscreen', document };
  const reply = offscreenReplySchema.safeParse(await sendWhenListening(request));
  if (!reply.success) throw new Error('the canonicalization page gave no usable answer');
  if (reply.data.ok) return reply.data.nquads;
  if ('problem' in reply.data) throw new JsonLdFailure(reply.data.problem);
  throw new Error(reply.data.error);
};

/** A new offscreen document may not be listening yet when `createDocument` resolves; wait for it a little. */
async function sendWhenListening(request: OffscreenRequest): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await browser.runtime.sendMessage(request);
    } catch (e) {
      const notYet = e instanceof Error && /Receiving end does not exist/.test(e.message);
      if (!notYet || attempt >= 40) throw e;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Chrome has offscreen documents; Firefox's background page can import the stack itself. */
export function platformCanonize(): Canonize | undefined {
  return chromeApi?.offscreen ? offscreenCanonize : undefined;
}
