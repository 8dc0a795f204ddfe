import type { HttpFailure } from '../core/ports';

/**
 * Where a redirect response points, if it is one. Node shows `Location` for `redirect: 'manual'`;
 * browsers answer with an opaque redirect instead, whose target only `reveal` (the extension's
 * watch over its own response headers) can tell. A redirect whose target stays hidden is refused.
 */
export async function redirectTarget(
  response: Pick<Response, 'type' | 'status' | 'headers'>,
  requested: string,
  reveal: RevealRedirect | undefined,
): Promise<{ location: string } | HttpFailure | undefined> {
  if (response.type === 'opaqueredirect') {
    const revealed = reveal ? await reveal(requested) : undefined;
    return revealed === undefined
      ? { ok: false, code: 'net.blocked', detail: `${requested} redirects to a target the browser hides` }
      : { location: revealed };
  }
  const header = response.headers.get('location');
  return response.status >= 300 && response.status < 400 && header ? { location: header } : undefined;
}

/** Tells where the opaque redirect answered for `url` pointed, or undefined when it cannot. */
export type RevealRedirect = (url: string) => Promise<string | undefined>;

/**
 * The next URL to request after redirect number `hop` (0-based) from `from`, or why not: the limit
 * is checked here, before the hop is requested; the address policy is checked on the URL it returns.
 */
export function nextHop(from: string, target: string, hop: number, maxRedirects: number, original: string): URL | HttpFailure {
  if (hop >= maxRedirects)
    return { ok: false, code: 'net.too-many-redirects', detail: `more than ${maxRedirects} redirects from ${original}` };
  try {
    return new URL(target, from);
  } catch {
    return { ok: false, code: 'net.bad-url', detail: `${from} redirects to a non-URL: ${target.slice(0, 200)}` };
  }
}
