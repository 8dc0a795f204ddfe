/**
 * RDF Dataset Canonicalization (RDFC-1.0) of JSON-LD with jsonld.js and rdf-canonize. This module
 * pulls in the whole JSON-LD stack: import it only with `import()` (see ./load.ts) so bundles keep
 * it in its own chunk.
 */
import jsonld from 'jsonld';
import { type ActiveContext, PROCESSING_MODE, useShallowClones } from './active-context';
import { BUNDLED_CONTEXTS } from './bundled-contexts';
import type { LabelledCanonicalForm } from '../core/ports';
import { JsonLdFailure } from './errors';

/** O(n) deep iterations over non-unique blank nodes: enough for credentials, not for "poison" graphs. */
const MAX_WORK_FACTOR = 1;
/** A wall-clock cap on top of the work factor. */
export const CANONIZE_TIME_LIMIT_MS = 5_000;

export function canonizeRdfc(document: unknown, signal?: AbortSignal): Promise<string> {
  return run(document, signal, new Map());
}

/** The canonical form and the blank-node labels it issued (input label → `_:c14n…`). */
export async function canonizeRdfcWithLabels(document: unknown, signal?: AbortSignal): Promise<LabelledCanonicalForm> {
  const issued = new Map<string, string>();
  const nquads = await run(document, signal, issued);
  // rdf-canonize keeps labels without the `_:` of N-Quads.
  const labels = new Map([...issued].map(([from, to]) => [`_:${from}`, `_:${to}`]));
  return { nquads, labels };
}

async function run(document: unknown, signal: AbortSignal | undefined, canonicalIdMap: Map<string, string>): Promise<string> {
  const timeout = AbortSignal.timeout(CANONIZE_TIME_LIMIT_MS);
  const abort = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let unknown: string | undefined;
  const documentLoader = async (url: string) => {
    const document = BUNDLED_CONTEXTS.get(url);
    if (document === undefined) {
      unknown ??= url;
      throw new JsonLdFailure({ kind: 'unknown-context', url });
    }
    // `static`: jsonld may keep it, and the contexts processed from it, across calls.
    return { contextUrl: null, documentUrl: url, document, tag: 'static' as const };
  };
  try {
    useShallowClones((await jsonld.processContext(null, null, { processingMode: PROCESSING_MODE })) as ActiveContext);
    return await jsonld.canonize(document, {
      processingMode: PROCESSING_MODE,
      algorithm: 'RDFC-1.0',
      safe: true,
      base: null,
      rdfDirection: 'i18n-datatype',
      documentLoader,
      canonizeOptions: { algorithm: 'RDFC-1.0', maxWorkFactor: MAX_WORK_FACTOR, signal: abort, canonicalIdMap },
    });
  } catch (e) {
    if (unknown !== undefined) throw new JsonLdFailure({ kind: 'unknown-context', url: unknown });
    throw classify(e, abort);
  }
}

function classify(e: unknown, signal: AbortSignal): JsonLdFailure {
  const err = e as { name?: string; message?: string; details?: { event?: { message?: string } } };
  const message = String(err?.message ?? e);
  if (signal.aborted || /Abort signal received/i.test(message)) {
    return new JsonLdFailure({ kind: 'work-limit', detail: `canonicalization stopped after ${CANONIZE_TIME_LIMIT_MS} ms` });
  }
  if (/Maximum deep iterations exceeded/i.test(message)) return new JsonLdFailure({ kind: 'work-limit', detail: message });
  if (err?.name === 'jsonld.ValidationError') {
    return new JsonLdFailure({ kind: 'safe-mode', detail: err.details?.event?.message ?? message });
  }
  return new JsonLdFailure({ kind: 'invalid', detail: `${err?.name ?? 'Error'}: ${message}`.slice(0, 500) });
}
