import type { Cache, Clock, HttpGet, HttpResponse, JsonLdTools } from './ports';
import type { NetCode } from '../result/catalog';

export interface VerifyEnv {
  http: HttpGet;
  cache: Cache;
  clock: Clock;
  /** Email, URL or telephone to check the recipient against; never leaves the core. */
  recipient?: string;
  signal?: AbortSignal;
  /** JSON-LD canonicalization; by default the JSON-LD stack is imported on first use. */
  jsonld?: JsonLdTools;
  /** How far issuer and verifier clocks may disagree before a date "in the future" counts; default 5 minutes. */
  maxClockSkewMs?: number;
  /** Look Blockcerts anchors up with public blockchain explorers (a third party learns the transaction id); off by default. */
  anchors?: boolean;
}

export const DEFAULT_MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Why an issuer resource is fetched: decides how long it may be cached. */
export type ResourceKind = 'credential' | 'badge-class' | 'profile' | 'key' | 'status';

export type Fetched<T> = { ok: true; value: T; url: string } | { ok: false; code: NetCode; detail: string; status?: number };

export const MAX_JSON_BYTES = 1024 * 1024;
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
export const ACCEPT_JSON = 'application/ld+json, application/json;q=0.9, */*;q=0.1';
export const ACCEPT_ANY_CREDENTIAL =
  'application/ld+json, application/json;q=0.9, application/vc+jwt;q=0.9, text/plain;q=0.8, image/png;q=0.8, image/svg+xml;q=0.8, */*;q=0.5';

const TTL_SECONDS: Record<ResourceKind, { fallback: number; max: number }> = {
  credential: { fallback: 0, max: 0 },
  'badge-class': { fallback: 900, max: 86_400 },
  profile: { fallback: 900, max: 86_400 },
  key: { fallback: 900, max: 86_400 },
  status: { fallback: 300, max: 3_600 },
};

export interface Session {
  env: VerifyEnv;
  now: number;
  /** `env.maxClockSkewMs`, or the default when it is missing or not a non-negative number. */
  maxClockSkewMs: number;
  getJson(url: string, kind: ResourceKind): Promise<Fetched<unknown>>;
  getText(url: string, kind: ResourceKind): Promise<Fetched<string>>;
  getRaw(url: string, accept: string, maxBytes: number): Promise<Fetched<HttpResponse>>;
}

/** One verification run: requests are made once per URL, issuer resources are cached across runs. */
export function createSession(env: VerifyEnv): Session {
  const inFlight = new Map<string, Promise<Fetched<HttpResponse>>>();

  function getRaw(url: string, accept: string, maxBytes: number): Promise<Fetched<HttpResponse>> {
    const key = url;
    let pending = inFlight.get(key);
    if (!pending) {
      pending = env
        .http({ url, accept, maxBytes, ...(env.signal ? { signal: env.signal } : {}) })
        .then((response): Fetched<HttpResponse> => {
          if (!response.ok) return response;
          if (response.status < 200 || response.status > 299) {
            return { ok: false, code: 'net.http-error', detail: `${url} answered HTTP ${response.status}`, status: response.status };
          }
          return { ok: true, value: response, url: response.url };
        });
      inFlight.set(key, pending);
    }
    return pending;
  }

  async function getCached<T>(
    url: string,
    kind: ResourceKind,
    accept: string,
    decode: (response: HttpResponse) => Fetched<T>,
  ): Promise<Fetched<T>> {
    const cacheKey = `${kind}:${url}`;
    const ttl = TTL_SECONDS[kind];
    if (ttl.max > 0) {
      const hit = (await env.cache.get(cacheKey)) as { value: T; url: string } | undefined;
      if (hit) return { ok: true, value: hit.value, url: hit.url };
    }
    const raw = await getRaw(url, accept, MAX_JSON_BYTES);
    if (!raw.ok) return raw;
    const decoded = decode(raw.value);
    if (decoded.ok && ttl.max > 0) {
      const declared = kind === 'status' ? declaredLifetimeSeconds(decoded.value, env.clock.now()) : undefined;
      const seconds = Math.min(raw.value.maxAgeSeconds ?? ttl.fallback, declared ?? Infinity, ttl.max);
      await env.cache.set(cacheKey, { value: decoded.value, url: decoded.url }, seconds * 1000);
    }
    return decoded;
  }

  return {
    env,
    now: env.clock.now(),
    maxClockSkewMs: clockSkewOf(env),
    getRaw,
    getJson: (url, kind) => getCached(url, kind, ACCEPT_JSON, (r) => decodeJson(r)),
    getText: (url, kind) =>
      getCached(url, kind, 'text/plain, application/x-pem-file, */*;q=0.5', (r) => {
        const text = decodeUtf8(r.body);
        return text === undefined
          ? { ok: false, code: 'net.not-json', detail: `${r.url} is not UTF-8 text` }
          : { ok: true, value: text, url: r.url };
      }),
  };
}

function clockSkewOf(env: VerifyEnv): number {
  const skew = env.maxClockSkewMs;
  return skew !== undefined && Number.isFinite(skew) && skew >= 0 ? skew : DEFAULT_MAX_CLOCK_SKEW_MS;
}

export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeJson(response: HttpResponse): Fetched<unknown> {
  const text = decodeUtf8(response.body);
  if (text !== undefined) {
    try {
      return { ok: true, value: JSON.parse(text) as unknown, url: response.url };
    } catch {
      /* reported below */
    }
  }
  const type = response.contentType.split(';')[0] || 'unknown type';
  return { ok: false, code: 'net.not-json', detail: `${response.url} did not return JSON (${type})` };
}

/**
 * How long a status list says it may be used: Bitstring Status List `ttl` (milliseconds) and the list
 * credential's `validUntil` / `expirationDate`. Undefined when it says nothing.
 */
export function declaredLifetimeSeconds(value: unknown, now: number): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const subject =
    typeof record.credentialSubject === 'object' && record.credentialSubject !== null
      ? (record.credentialSubject as Record<string, unknown>)
      : {};
  const limits: number[] = [];
  const ttl = subject.ttl ?? record.ttl;
  if (typeof ttl === 'number' && Number.isFinite(ttl) && ttl >= 0) limits.push(ttl / 1000);
  for (const field of [record.validUntil, record.expirationDate]) {
    const until = typeof field === 'string' ? Date.parse(field) : NaN;
    if (!Number.isNaN(until)) limits.push(Math.max(0, (until - now) / 1000));
  }
  return limits.length ? Math.min(...limits) : undefined;
}
