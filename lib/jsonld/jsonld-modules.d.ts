/** The parts of jsonld.js 9 the core uses (the package ships no types). */
declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  interface CanonizeOptions {
    algorithm?: string;
    safe?: boolean;
    base?: string | null;
    rdfDirection?: string;
    documentLoader?: (url: string) => Promise<RemoteDocument>;
    canonizeOptions?: { algorithm?: string; maxWorkFactor?: number; maxDeepIterations?: number; signal?: AbortSignal; canonicalIdMap?: Map<string, string> };
  }
  const jsonld: {
    canonize(input: unknown, options?: CanonizeOptions): Promise<string>;
    toRDF(input: unknown, options: Omit<CanonizeOptions, 'canonizeOptions'> & { format: 'application/n-quads' }): Promise<string>;
  };
  export default jsonld;
}
