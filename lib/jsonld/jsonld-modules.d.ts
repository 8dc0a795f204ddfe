/** The parts of jsonld.js 9 the core uses (the package ships no types). */
declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
    /** `static`: the document never changes, jsonld may cache it and what it processes from it. */
    tag?: 'static';
  }
  interface CanonizeOptions {
    processingMode?: 'json-ld-1.1';
    /** jsonld.js-internal; the test oracle passes one to keep its caches apart. */
    contextResolver?: unknown;
    algorithm?: string;
    safe?: boolean;
    base?: string | null;
    rdfDirection?: string;
    documentLoader?: (url: string) => Promise<RemoteDocument>;
    canonizeOptions?: {
      algorithm?: string;
      maxWorkFactor?: number;
      maxDeepIterations?: number;
      signal?: AbortSignal;
      canonicalIdMap?: Map<string, string>;
    };
  }
  const jsonld: {
    canonize(input: unknown, options?: CanonizeOptions): Promise<string>;
    /** With a `null` local context: the initial active context for these options (cached by processing mode). */
    processContext(activeContext: null, localContext: null, options: { processingMode?: string }): Promise<unknown>;
    toRDF(input: unknown, options: Omit<CanonizeOptions, 'canonizeOptions'> & { format: 'application/n-quads' }): Promise<string>;
  };
  export default jsonld;
}

/** jsonld.js's resolved context: the per-context cache of active contexts processed from it (lib/jsonld/active-context.ts). */
declare module 'jsonld/lib/ResolvedContext.js' {
  const ResolvedContext: {
    prototype: { getProcessed(activeCtx: object): unknown; setProcessed(activeCtx: object, processed: unknown): void };
  };
  export default ResolvedContext;
}
