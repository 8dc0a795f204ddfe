import type { JsonLdTools } from '../core/ports';
import type { JsonLdFailure } from './errors';

/** Loads the JSON-LD stack on first use only; bundlers split it (and the contexts) into their own chunk. */
export async function canonizeRdfc(document: unknown, signal?: AbortSignal): Promise<string> {
  const module = await import('./canonize');
  return module.canonizeRdfc(document, signal);
}

/** The JSON-LD tools port in this process (Node, Firefox): the stack is imported when first used. */
export const jsonLdTools: JsonLdTools = {
  canonize: (document, options) => canonizeRdfc(document, options?.signal),
  async canonizeWithLabels(document, options) {
    const module = await import('./canonize');
    return module.canonizeRdfcWithLabels(document, options?.signal);
  },
};

export function isJsonLdFailure(e: unknown): e is JsonLdFailure {
  return e instanceof Error && e.name === 'JsonLdFailure' && 'problem' in e;
}
