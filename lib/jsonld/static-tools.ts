import type { JsonLdTools } from '../core/ports';
import { canonizeRdfc, canonizeRdfcWithLabels, warmUp } from './canonize';

/**
 * The JSON-LD tools port with the stack imported statically: for Chrome's service worker, which cannot
 * `import()` on demand, and the extension's other backgrounds with it, so they take one path.
 */
export const staticJsonLdTools: JsonLdTools = {
  canonize: (document, options) => canonizeRdfc(document, options?.signal),
  canonizeWithLabels: (document, options) => canonizeRdfcWithLabels(document, options?.signal),
  warm() {
    void warmUp();
  },
};
