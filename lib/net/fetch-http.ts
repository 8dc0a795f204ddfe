import type { HttpFailure, HttpGet, HttpResponse } from '../core/ports';
import { readCapped } from '../util/read-capped';
import { refusalReason } from './address-policy';
import { createHostLimiter } from './host-limiter';
import { nextHop, redirectTarget, type RevealRedirect } from './redirect-hop';
import { mapUrl, unmapUrl, type UrlMapping } from './url-map';

export interface FetchHttpOptions {
  fetch: typeof globalThis.fetch;
  /**
   * `manual` follows redirects here, checking the limit and the address policy before every hop.
   * `follow` lets the runtime follow them and checks only the final URL (for hosts that can neither
   * see `Location` nor `reveal` it).
   */
  redirects: 'manual' | 'follow';
  /** Browsers hide `manual` redirects' targets (an opaque redirect); this finds them out. */
  revealRedirect?: RevealRedirect;
  timeoutMs?: number;
  maxRedirects?: number;
  perHostConcurrency?: number;
  allowLocalNetwork?: boolean;
  offline?: boolean;
  mappings?: readonly UrlMapping[];
}

/** docs/SPEC.md §6 network rules on top of a WHATWG `fetch`: plain GET, no credentials, only `Accept`. */
export function createFetchHttp(options: FetchHttpOptions): HttpGet {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const mappings = options.mappings ?? [];
  const limit = createHostLimiter(options.perHostConcurrency ?? 4);

  function target(url: URL): { href: string } | HttpFailure {
    const mapped = mapUrl(url.href, mappings);
    if (mapped !== undefined) return { href: mapped };
    const refusal = refusalReason(url, options.allowLocalNetwork ?? false);
    return refusal ? fail('net.blocked', `${url.href}: ${refusal}`) : { href: url.href };
  }

  return async (request) => {
    if (options.offline) return fail('net.offline', `offline: ${request.url} was not fetched`);
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return fail('net.bad-url', `not a URL: ${request.url.slice(0, 200)}`);
    }
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    try {
      for (let hop = 0; ; hop++) {
        const to = target(url);
        if ('ok' in to) return to;
        const response = await limit(url.host, () =>
          options.fetch(to.href, {
            method: 'GET',
            headers: { Accept: request.accept },
            credentials: 'omit',
            redirect: options.redirects,
            referrerPolicy: 'no-referrer',
            signal,
          }),
        );
        const redirect = options.redirects === 'manual' ? await redirectTarget(response, to.href, options.revealRedirect) : undefined;
        if (redirect) {
          await response.body?.cancel().catch(() => undefined);
          if ('ok' in redirect) return redirect;
          const next = nextHop(to.href, redirect.location, hop, maxRedirects, request.url);
          if ('ok' in next) return next;
          url = new URL(unmapUrl(next.href, mappings));
          continue;
        }
        const finalUrl = new URL(unmapUrl(response.url || to.href, mappings));
        if (response.redirected) {
          const check = target(finalUrl);
          if ('ok' in check) return check;
        }
        return await readBody(response, finalUrl.href, request.maxBytes);
      }
    } catch (error) {
      if (timeout.aborted) return fail('net.timeout', `no answer from ${url.host} within ${timeoutMs / 1000} s`);
      if (request.signal?.aborted) return fail('net.aborted', `cancelled: ${request.url}`);
      return fail('net.unreachable', `${url.host}: ${describe(error)}`);
    }
  };
}

async function readBody(response: Response, url: string, maxBytes: number): Promise<HttpResponse | HttpFailure> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return fail('net.too-large', `${url} is ${declared} bytes, over the ${maxBytes}-byte limit`);
  }
  const read = response.body ? await readCapped(response.body, maxBytes) : { bytes: new Uint8Array(0) };
  if (!('bytes' in read)) return fail('net.too-large', `${url} is over the ${maxBytes}-byte limit`);
  const body = read.bytes;
  const maxAge = /max-age=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1];
  const noStore = /no-store|no-cache/.test(response.headers.get('cache-control') ?? '');
  return {
    ok: true,
    status: response.status,
    url,
    contentType: response.headers.get('content-type') ?? '',
    body,
    ...(noStore ? { maxAgeSeconds: 0 } : maxAge ? { maxAgeSeconds: Number(maxAge) } : {}),
  };
}

function fail(code: HttpFailure['code'], detail: string): HttpFailure {
  return { ok: false, code, detail };
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
