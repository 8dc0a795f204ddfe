import type { HttpGet, HttpRequest } from '../../lib/core/ports';

/**
 * Identical requests in flight at once share one: twenty candidates of one issuer, verified together,
 * fetch its profile, key and lists once rather than once each before the first answer is cached. A
 * request with an abort signal of its own is never shared. Bodies are shared too; nothing writes to them.
 */
export function shareConcurrentRequests(http: HttpGet): HttpGet {
  const inFlight = new Map<string, ReturnType<HttpGet>>();
  return (request: HttpRequest) => {
    if (request.signal) return http(request);
    const key = `${request.url}\n${request.accept}\n${request.maxBytes}`;
    let pending = inFlight.get(key);
    if (!pending) {
      pending = http(request).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  };
}
