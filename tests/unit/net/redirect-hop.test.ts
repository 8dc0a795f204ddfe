import { describe, expect, it } from 'vitest';
import { createFetchHttp } from '../../../lib/net/fetch-http';
import { nextHop, redirectTarget } from '../../../lib/net/redirect-hop';

/** A browser-like fetch: `manual` gives an opaque redirect, and `Location` is only in `served`. */
function browserFetch(routes: Record<string, string>) {
  const requested: string[] = [];
  const fetch = (async (input: string | URL | Request) => {
    const url = String(input);
    requested.push(url);
    if (routes[url] === undefined) return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    Object.defineProperty(opaque, 'status', { value: 0 });
    return opaque;
  }) as typeof globalThis.fetch;
  const reveal = async (url: string) => (routes[url] === undefined ? undefined : new URL(routes[url]!, url).href);
  return { fetch, reveal, requested };
}

const request = (url: string) => ({ url, accept: 'application/json', maxBytes: 1 << 20 });

describe('redirect hops in a browser (opaque redirects, targets revealed)', () => {
  it.each([
    ['http://127.0.0.1:8443/secret'],
    ['https://169.254.169.254/latest/meta-data/'],
    ['https://[::1]/admin'],
    ['http://issuer.example.org/plain-http'],
  ])('refuses a redirect to %s before requesting it', async (target) => {
    const { fetch, reveal, requested } = browserFetch({ 'https://issuer.example.org/a': target });
    const response = await createFetchHttp({ fetch, redirects: 'manual', revealRedirect: reveal })(request('https://issuer.example.org/a'));
    expect(response).toMatchObject({ ok: false, code: 'net.blocked' });
    expect(requested).toEqual(['https://issuer.example.org/a']);
  });

  it('follows allowed hops, relative ones too, and reports the final URL', async () => {
    const { fetch, reveal, requested } = browserFetch({
      'https://a.example.org/1': '/2',
      'https://a.example.org/2': 'https://b.example.org/3',
    });
    const response = await createFetchHttp({ fetch, redirects: 'manual', revealRedirect: reveal })(request('https://a.example.org/1'));
    expect(response).toMatchObject({ ok: true, status: 200, url: 'https://b.example.org/3' });
    expect(requested).toEqual(['https://a.example.org/1', 'https://a.example.org/2', 'https://b.example.org/3']);
  });

  it('stops a chain of 9 redirects after 5, never requesting the 7th URL', async () => {
    const chain = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`https://a.example.org/r${i}`, `/r${i + 1}`]));
    const { fetch, reveal, requested } = browserFetch(chain);
    const response = await createFetchHttp({ fetch, redirects: 'manual', revealRedirect: reveal })(request('https://a.example.org/r0'));
    expect(response).toMatchObject({ ok: false, code: 'net.too-many-redirects' });
    expect(requested).toEqual(Array.from({ length: 6 }, (_, i) => `https://a.example.org/r${i}`));
  });

  it('refuses a redirect whose target stays hidden', async () => {
    const { fetch, requested } = browserFetch({ 'https://a.example.org/1': '/2' });
    const response = await createFetchHttp({ fetch, redirects: 'manual', revealRedirect: async () => undefined })(
      request('https://a.example.org/1'),
    );
    expect(response).toMatchObject({ ok: false, code: 'net.blocked' });
    expect(requested).toHaveLength(1);
    const unrevealed = await createFetchHttp({ fetch, redirects: 'manual' })(request('https://a.example.org/1'));
    expect(unrevealed).toMatchObject({ ok: false, code: 'net.blocked' });
  });
});

describe('redirectTarget and nextHop', () => {
  const plain = (status: number, location?: string) => ({
    type: 'basic' as const,
    status,
    headers: new Headers(location ? { location } : {}),
  });

  it('reads Location only from 3xx answers', async () => {
    expect(await redirectTarget(plain(302, '/x'), 'https://a.example.org/', undefined)).toEqual({ location: '/x' });
    expect(await redirectTarget(plain(200, '/x'), 'https://a.example.org/', undefined)).toBeUndefined();
    expect(await redirectTarget(plain(304), 'https://a.example.org/', undefined)).toBeUndefined();
  });

  it('counts hops against the limit before resolving the next URL', () => {
    expect(nextHop('https://a.example.org/x/y', '../z', 0, 5, 'https://a.example.org/x/y')).toEqual(new URL('https://a.example.org/z'));
    expect(nextHop('https://a.example.org/', '/z', 4, 5, 'https://a.example.org/')).toBeInstanceOf(URL);
    expect(nextHop('https://a.example.org/', '/z', 5, 5, 'https://a.example.org/')).toMatchObject({
      ok: false,
      code: 'net.too-many-redirects',
    });
    expect(nextHop('https://a.example.org/', 'http://[bad', 0, 5, 'https://a.example.org/')).toMatchObject({
      ok: false,
      code: 'net.bad-url',
    });
  });
});
