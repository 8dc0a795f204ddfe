import type { JsonLdTools } from '../core/ports';
import type { JsonLdFailure } from './errors';

let loaded: typeof import('./canonize') | undefined;

/**
 * Loads the JSON-LD stack on first use only; bundlers split it (and the contexts) into their own chunk.
 * Imported once: under a loader hook (tsx) every `import()` is a round trip to the hook's thread.
 */
async function canonizeModule(): Promise<typeof import('./canonize')> {
  loaded ??= await import('./canonize');
  return loaded;
}

export async function canonizeRdfc(document: unknown, signal?: AbortSignal): Promise<string> {
  return (await canonizeModule()).canonizeRdfc(document, signal);
}

/** The JSON-LD tools port in this process (Node, Firefox): the stack is imported when first used. */
export const jsonLdTools: JsonLdTools = {
  canonize: (document, options) => canonizeRdfc(document, options?.signal),
  async canonizeWithLabels(document, options) {
    return (await canonizeModule()).canonizeRdfcWithLabels(document, options?.signal);
  },
  warm() {
    void canonizeModule()
      .then((module) => module.warmUp())
      .catch(() => undefined);
  },
};

export function isJsonLdFailure(e: unknown): e is JsonLdFailure {
  return e instanceof Error && e.name === 'JsonLdFailure' && 'problem' in e;
}
