import type { NetCode } from '../result/catalog';

/** The side effects the core needs, injected so tests pass fakes and each host passes its own. */

export interface HttpRequest {
  url: string;
  /** Sent as the only header. */
  accept: string;
  maxBytes: number;
  signal?: AbortSignal;
}

export type HttpResponse = {
  ok: true;
  status: number;
  /** The URL the body came from after redirects (as requested, before any --map rewrite). */
  url: string;
  contentType: string;
  body: Uint8Array;
  /** Seconds the response may be reused, from Cache-Control max-age, when given. */
  maxAgeSeconds?: number;
};

export type HttpFailure = { ok: false; code: NetCode; detail: string };

export type HttpGet = (request: HttpRequest) => Promise<HttpResponse | HttpFailure>;

export interface Clock {
  now(): number;
}

export interface Cache {
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface CanonizeOptions {
  signal?: AbortSignal;
}

/** JSON-LD document → RDFC-1.0 canonical N-Quads; rejects with a `JsonLdFailure` for the document's faults. */
export type Canonize = (document: unknown, options?: CanonizeOptions) => Promise<string>;

/** Canonical N-Quads with the blank-node labels RDFC-1.0 issued: input label (`_:b0`) → canonical label (`_:c14n0`). */
export interface LabelledCanonicalForm {
  nquads: string;
  labels: ReadonlyMap<string, string>;
}

/** JSON-LD processing, a port: the CLI imports the stack on first use, the extension's background statically. */
export interface JsonLdTools {
  canonize: Canonize;
  canonizeWithLabels(document: unknown, options?: CanonizeOptions): Promise<LabelledCanonicalForm>;
  /** Gets ready for a first canonicalization soon (loads the stack, processes the common contexts); returns at once, never fails. */
  warm?(): void;
}
