import { browser } from 'wxt/browser';
import type { JsonLdTools } from '../../lib/core/ports';
import { canonizeRdfc, canonizeRdfcWithLabels, warmUp } from '../../lib/jsonld/canonize';
import { isJsonLdFailure } from '../../lib/jsonld/load';
import {
  offscreenRequestSchema,
  type OffscreenLabelledReply,
  type OffscreenReply,
  type OffscreenRequest,
} from '../../lib/protocol/offscreen';

type Reply = OffscreenReply | OffscreenLabelledReply;

/**
 * The message listener of this page: answers validated requests from this extension only, and
 * leaves every other message to other listeners.
 */
export function createCanonizeListener(runtimeId: string, tools: JsonLdTools) {
  return (message: unknown, sender: { id?: string }, sendResponse: (reply: Reply) => void): true | undefined => {
    if (sender.id !== runtimeId) return undefined;
    const request = offscreenRequestSchema.safeParse(message);
    if (!request.success) return undefined;
    void answer(request.data, tools).then(sendResponse);
    return true;
  };
}

async function answer(request: OffscreenRequest, tools: JsonLdTools): Promise<Reply> {
  try {
    if (request.type === 'canonize') return { ok: true, nquads: await tools.canonize(request.document) };
    const { nquads, labels } = await tools.canonizeWithLabels(request.document);
    return { ok: true, nquads, labels: Object.fromEntries(labels) };
  } catch (e) {
    return isJsonLdFailure(e) ? { ok: false, problem: e.problem } : { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Chrome's service worker may not `import()` code on demand, so the JSON-LD stack lives in this
 * offscreen document, created when a page first reports candidates (or a proof first needs RDF
 * canonicalization), and warmed up at once: the common contexts are processed before the first request.
 */
browser.runtime.onMessage.addListener(
  createCanonizeListener(browser.runtime.id, {
    canonize: (document) => canonizeRdfc(document),
    canonizeWithLabels: (document) => canonizeRdfcWithLabels(document),
  }),
);
void warmUp();
