import { browser } from 'wxt/browser';
import { canonizeRdfc } from '../../lib/jsonld/canonize';
import { isJsonLdFailure } from '../../lib/jsonld/load';
import { offscreenRequestSchema, type OffscreenReply } from '../../lib/protocol/offscreen';

/**
 * Chrome's service worker may not `import()` code on demand, so the JSON-LD stack lives in this
 * offscreen document, created the first time a proof needs RDF canonicalization.
 */
browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const request = offscreenRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  canonizeRdfc(request.data.document).then(
    (nquads) => sendResponse({ ok: true, nquads } satisfies OffscreenReply),
    (e: unknown) =>
      sendResponse((isJsonLdFailure(e) ? { ok: false, problem: e.problem } : { ok: false, error: e instanceof Error ? e.message : String(e) }) satisfies OffscreenReply),
  );
  return true;
});
