import type { JsonLdTools } from '../core/ports';
import { canonizeRdfc, canonizeRdfcWithLabels, warmUp } from './canonize';

/**
 * The JSON-LD tools port with the stack imported statically: for Chrome's service worker, which cannot
 * `import()` on demand, and the extension's other backgrounds with it, so they take one path. The
 * extension's build replaces `./canonize` by a copy whose top level runs on the first call
 * (wxt.config.ts `lazyCanonize`), so a worker start that needs no JSON-LD does not evaluate it.
 */
let warming: Promise<void> | undefined;

export const staticJsonLdTools: JsonLdTools = {
  canonize: (document, options) => canonizeRdfc(document, options?.signal),
  canonizeWithLabels: (document, options) => canonizeRdfcWithLabels(document, options?.signal),
  /** Once per process: the contexts it processes stay processed. */
  warm() {
    warming ??= warmUp();
  },
};
