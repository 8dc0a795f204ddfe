import { describe, expect, it } from 'vitest';
import { createFetchHttp } from '../../../lib/net/fetch-http';
import { parseMapping } from '../../../lib/net/url-map';

type Handler = (url: string, init: RequestInit) => Promise<Response> | Response;

function fakeFetch(handler: Handler) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    return handler(url, init);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', ...headers } });
const request = (url: string, maxBytes = 1024 * 1024) => ({ url, accept: 'application/json', maxBytes });

describe('createFetchHttp', () => {
  it('sends a plain GET with only Accept, no credentials, and reads the body', async () => {
    const { fetch, calls } = fakeFetch(() => json({ a: 1 }, { 'cache-control': 'public, max-age=600' }));
    const http = createFetchHttp({ fetch, redirects: 'manual' });
    const response = await http(request('https://issuer.example.org/a.json'));
    expect(response).toMatchObject({ ok: true, status: 200, url: 'https://issuer.example.org/a.json', maxAgeSeconds: 600 });
    expect(new TextDecoder().decode((response as { body: Uint8Array }).body)).toBe('{"a":1}');
    expect(calls[0]!.init).toMatchObject({ method: 'GET', credentials: 'omit', headers: { Accept: 'application/json' } });
    expect(Object.keys(calls[0]!.init.headers as object)).toEqual(['Accept']);
  });

  it.each([
    ['http://issuer.example.org/a.json', 'net.blocked'],
    ['https://127.0.0.1/a.json', 'net.blocked'],
    ['https://localhost/a.json', 'net.blocked'],
    ['not a url', 'net.bad-url'],
  ])('refuses %s with %s before fetching', async (url, code) => {
    const { fetch, calls } = fakeFetch(() => json({}));
    const response = await createFetchHttp({ fetch, redirects: 'manual' })(request(url));
    expect(response).toMatchObject({ ok: false, code });
    expect(calls).toHaveLength(0);
  });

  it('fetches nothing offline', async () => {
    const { fetch, calls } = fakeFetch(() => json({}));
    expect(await createFetchHttp({ fetch, redirects: 'manual', offline: true })(request('https://a.example.org/'))).toMatchObject({
      ok: false,
      code: 'net.offline',
    });
    expect(calls).toHaveLength(0);
  });

  it('fetches mapped URLs from their target, exempt from the address rule, and reports the original URL', async () => {
    const { fetch, calls } = fakeFetch(() => json({}));
    const mapping = parseMapping('https://issuer.example.org=http://127.0.0.1:8080/issuer.example.org')!;
    const response = await createFetchHttp({ fetch, redirects: 'manual', mappings: [mapping] })(
      request('https://issuer.example.org/a.json'),
    );
    expect(calls[0]!.url).toBe('http://127.0.0.1:8080/issuer.example.org/a.json');
    expect(response).toMatchObject({ ok: true, url: 'https://issuer.example.org/a.json' });
  });

  it('follows redirects itself, checking every hop', async () => {
    const { fetch } = fakeFetch((url) =>
      url.endsWith('/start')
        ? new Response(null, { status: 302, headers: { location: '/next' } })
        : url.endsWith('/next')
          ? new Response(null, { status: 301, headers: { location: 'https://10.0.0.5/internal' } })
          : json({}),
    );
    const response = await createFetchHttp({ fetch, redirects: 'manual' })(request('https://a.example.org/start'));
    expect(response).toMatchObject({ ok: false, code: 'net.blocked' });
  });

  it('gives up after five redirects', async () => {
    const { fetch, calls } = fakeFetch((url) => new Response(null, { status: 302, headers: { location: `${url}x` } }));
    const response = await createFetchHttp({ fetch, redirects: 'manual' })(request('https://a.example.org/r'));
    expect(response).toMatchObject({ ok: false, code: 'net.too-many-redirects' });
    expect(calls).toHaveLength(6);
  });

  it('checks the final URL when the browser follows redirects', async () => {
    const { fetch } = fakeFetch(() => {
      const response = json({});
      Object.defineProperty(response, 'redirected', { value: true });
      Object.defineProperty(response, 'url', { value: 'https://192.168.0.10/x' });
      return response;
    });
    expect(await createFetchHttp({ fetch, redirects: 'follow' })(request('https://a.example.org/'))).toMatchObject({
      ok: false,
      code: 'net.blocked',
    });
  });

  it('times out', async () => {
    const { fetch } = fakeFetch(
      (_url, init) => new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason))),
    );
    const response = await createFetchHttp({ fetch, redirects: 'manual', timeoutMs: 30 })(request('https://slow.example.org/'));
    expect(response).toMatchObject({ ok: false, code: 'net.timeout' });
  });

  it('stops reading past the body cap, declared or not', async () => {
    const big = new Uint8Array(5000);
    const declared = fakeFetch(() => new Response(big, { headers: { 'content-length': '5000' } }));
    expect(await createFetchHttp({ fetch: declared.fetch, redirects: 'manual' })(request('https://a.example.org/', 1000))).toMatchObject({
      ok: false,
      code: 'net.too-large',
    });
    const streamed = fakeFetch(() => new Response(new ReadableStream({ pull: (c) => c.enqueue(new Uint8Array(400)) })));
    expect(await createFetchHttp({ fetch: streamed.fetch, redirects: 'manual' })(request('https://a.example.org/', 1000))).toMatchObject({
      ok: false,
      code: 'net.too-large',
    });
  });

  it('reports connection failures as unreachable', async () => {
    const { fetch } = fakeFetch(() => {
      throw new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } });
    });
    expect(await createFetchHttp({ fetch, redirects: 'manual' })(request('https://gone.example.org/'))).toMatchObject({
      ok: false,
      code: 'net.unreachable',
      detail: expect.stringContaining('ENOTFOUND'),
    });
  });

  it('keeps at most four requests in flight per host', async () => {
    let inFlight = 0;
    let most = 0;
    const { fetch } = fakeFetch(async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return json({});
    });
    const http = createFetchHttp({ fetch, redirects: 'manual' });
    await Promise.all(Array.from({ length: 10 }, (_, i) => http(request(`https://busy.example.org/${i}`))));
    expect(most).toBe(4);
  });

  it('passes HTTP errors on with their status', async () => {
    const { fetch } = fakeFetch(() => new Response('gone', { status: 410 }));
    expect(await createFetchHttp({ fetch, redirects: 'manual' })(request('https://a.example.org/'))).toMatchObject({
      ok: true,
      status: 410,
    });
  });
});

describe('parseMapping', () => {
  it.each([
    ['https://a.example.org=http://127.0.0.1:8080/a', true],
    ['https://a.example.org/=http://127.0.0.1:8080/a/', true],
    ['https://a.example.org', false],
    ['=http://x', false],
    ['nope=http://x', false],
  ])('%s valid: %s', (text, valid) => {
    expect(parseMapping(text) !== undefined).toBe(valid);
  });
});
