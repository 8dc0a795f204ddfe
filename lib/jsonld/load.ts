import type { JsonLdFailure } from './errors';

/** Loads the JSON-LD stack on first use only; bundlers split it (and the contexts) into their own chunk. */
export async function canonizeRdfc(document: unknown, signal?: AbortSignal): Promise<string> {
  const module = await import('./canonize');
  return module.canonizeRdfc(document, signal);
}

export function isJsonLdFailure(e: unknown): e is JsonLdFailure {
  return e instanceof Error && e.name === 'JsonLdFailure' && 'problem' in e;
}
