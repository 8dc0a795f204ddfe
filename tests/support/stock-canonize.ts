/**
 * The canonicalization as it was before lib/jsonld's speed-ups: stock jsonld.js options, a loader
 * without `tag: 'static'`, the default initial context. The oracle the fast path is compared with
 * (tests/unit/jsonld/) and the "before" of `npm run bench`; never used by the product.
 */
import jsonld from 'jsonld';
// @ts-expect-error jsonld.js ships no types; its resolver is internal, used here only to keep this path's caches apart
import ContextResolver from 'jsonld/lib/ContextResolver.js';
import type { JsonLdTools } from '../../lib/core/ports';
import { BUNDLED_CONTEXTS } from '../../lib/jsonld/bundled-contexts';

export async function loadBundled(url: string) {
  const document = BUNDLED_CONTEXTS.get(url);
  if (document === undefined) throw new Error(`unknown context ${url}`);
  return { contextUrl: null, documentUrl: url, document };
}

/** jsonld's own shared cache, but this path's alone: the fast path's `static` contexts must not speed it up. */
const stockCache = new Map<string, unknown>();

export function stockCanonize(document: unknown, canonicalIdMap = new Map<string, string>()): Promise<string> {
  return jsonld.canonize(document, {
    contextResolver: new ContextResolver({ sharedCache: stockCache }),
    algorithm: 'RDFC-1.0',
    safe: true,
    base: null,
    rdfDirection: 'i18n-datatype',
    documentLoader: loadBundled,
    canonizeOptions: { algorithm: 'RDFC-1.0', maxWorkFactor: 1, canonicalIdMap },
  });
}

/** The JSON-LD tools port over the stock path, for the pipeline's "before" in `npm run bench`. */
export const stockJsonLdTools: JsonLdTools = {
  canonize: (document) => stockCanonize(document),
  async canonizeWithLabels(document) {
    const issued = new Map<string, string>();
    const nquads = await stockCanonize(document, issued);
    return { nquads, labels: new Map([...issued].map(([from, to]) => [`_:${from}`, `_:${to}`])) };
  },
};
