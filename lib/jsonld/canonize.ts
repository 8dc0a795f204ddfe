/**
 * RDF Dataset Canonicalization (RDFC-1.0) of JSON-LD with jsonld.js and rdf-canonize. This module
 * pulls in the whole JSON-LD stack: import it only with `import()` (see ./load.ts) so bundles keep
 * it in its own chunk.
 */
import jsonld from 'jsonld';
import ResolvedContext from 'jsonld/lib/ResolvedContext.js';
import { type ActiveContext, keyProcessedCache, PROCESSING_MODE, useShallowClones } from './active-context';
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
    return await jsonld.canonize(document, {
      ...(await ourJsonLdOptions()),
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

const V2 = 'https://www.w3.org/ns/credentials/v2';

/**
 * A credential and a proof configuration over the contexts most credentials use: canonicalizing them
 * once loads and processes those contexts (kept, `static`) ahead of the first real request.
 */
export const WARM_UP_DOCUMENTS: readonly unknown[] = [
  {
    '@context': [V2, 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'urn:uuid:00000000-0000-4000-8000-000000000000', type: ['Profile'], name: 'warm-up' },
    validFrom: '2026-01-01T00:00:00Z',
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: { id: 'urn:uuid:00000000-0000-4000-8000-000000000001', type: ['Achievement'], name: 'warm-up' },
    },
  },
  {
    '@context': V2,
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    created: '2026-01-01T00:00:00Z',
    verificationMethod: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
    proofPurpose: 'assertionMethod',
  },
];

/** Canonicalizes the warm-up documents; never fails (a failure only means the first real request pays). */
export async function warmUp(): Promise<void> {
  for (const document of WARM_UP_DOCUMENTS) await canonizeRdfc(document).catch(() => undefined);
}

/** What our calls add to jsonld's options: the processing mode whose initial active context clones cheaply (./active-context.ts). */
export async function ourJsonLdOptions(): Promise<{ processingMode: typeof PROCESSING_MODE }> {
  useShallowClones((await jsonld.processContext(null, null, { processingMode: PROCESSING_MODE })) as ActiveContext);
  keyProcessedCache(ResolvedContext.prototype);
  return { processingMode: PROCESSING_MODE };
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
