import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBackground } from '../../../entrypoints/background/router';
import { IMAGE_WINDOW_MS } from '../../../entrypoints/background/verifier';
import { IMAGE_MAX_BYTES } from '../../../lib/images/data-url';
import { contentProtocol, uiProtocol } from '../../../lib/protocol/messages';
import { DEFAULT_SETTINGS } from '../../../lib/protocol/schemas';
import { fakeStorageArea, fakeToolbar } from './fakes';

const EXTENSION = 'chrome-extension://badgelens';
const page = { id: 'badgelens', url: 'https://cv.example.net/', tab: { id: 7 } };
const popup = { id: 'badgelens', url: `${EXTENSION}/popup.html` };
const PNG = readFileSync('scripts/demo/assets/art/data-science.png') as Buffer<ArrayBuffer>;
const JPEG = readFileSync('scripts/demo/assets/ada.jpg') as Buffer<ArrayBuffer>;
const SVG = '<?xml version="1.0"?>\n<!-- art -->\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';

type Served = { body: Uint8Array<ArrayBuffer> | string; type?: string; status?: number; headers?: Record<string, string> };

/** A fetch over fixed responses that records every request with its options. */
function imageFetch(responses: Record<string, Served>) {
  const requests: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    requests.push({ url, init });
    const served = responses[url];
    if (!served) return new Response('not found', { status: 404 });
    const body = typeof served.body === 'string' ? new TextEncoder().encode(served.body) : served.body;
    return new Response(body, { status: served.status ?? 200, headers: { 'content-type': served.type ?? 'image/png', ...served.headers } });
  };
  return Object.assign(fetch as typeof globalThis.fetch, { requests });
}

function setup(responses: Record<string, Served>) {
  const clock = { time: 0, now: () => clock.time };
  const fetch = imageFetch(responses);
  const background = createBackground({
    session: fakeStorageArea(),
    local: fakeStorageArea(),
    fetch,
    clock,
    toolbar: fakeToolbar(),
    runtime: { id: 'badgelens', getURL: (path) => `${EXTENSION}${path}` },
    sendToTab: async () => undefined,
  });
  const ask = (url: string, from: typeof page | typeof popup = page) => background.handle({ type: 'get-image', url }, from);
  return { background, fetch, clock, ask };
}

const dataUrlOf = (reply: unknown) => (reply as { dataUrl?: string }).dataUrl ?? '';

describe('get-image: credential images through the background', () => {
  it('answers the overlay and the popup with a data: URL of the bytes, valid under the protocol', async () => {
    const { ask } = setup({ 'https://issuer.example.org/badge.png': { body: PNG } });
    for (const from of [page, popup]) {
      const reply = await ask('https://issuer.example.org/badge.png', from);
      expect(reply.ok).toBe(true);
      expect(dataUrlOf(reply)).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
      expect(contentProtocol['get-image'].reply.safeParse(reply).success).toBe(true);
      expect(uiProtocol['get-image'].reply.safeParse(reply).success).toBe(true);
    }
  });

  it('fetches as a plain GET without cookies or referrer, asking only for images', async () => {
    const { ask, fetch } = setup({ 'https://issuer.example.org/badge.png': { body: PNG } });
    await ask('https://issuer.example.org/badge.png');
    expect(fetch.requests).toHaveLength(1);
    const init = fetch.requests[0]?.init ?? {};
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(Object.keys(init.headers as Record<string, string>)).toEqual(['Accept']);
    expect((init.headers as Record<string, string>).Accept).toMatch(/^image\//);
  });

  it.each([
    ['http:', 'http://issuer.example.org/badge.png'],
    ['loopback', 'https://127.0.0.1/badge.png'],
    ['a private address', 'https://10.1.2.3/badge.png'],
    ['link-local metadata', 'https://169.254.169.254/latest/meta-data'],
    ['IPv6 loopback', 'https://[::1]/badge.png'],
    ['localhost', 'https://localhost/badge.png'],
    ['a user name', 'https://user:pw@issuer.example.org/badge.png'],
    ['not a URL', 'badge.png'],
    ['a file', 'file:///etc/passwd'],
  ])('refuses %s without requesting anything', async (_name, url) => {
    const { ask, fetch } = setup({ [url]: { body: PNG } });
    const reply = await ask(url);
    expect(reply.ok).toBe(false);
    expect(fetch.requests).toEqual([]);
  });

  it('refuses http: images even with the local network allowed', async () => {
    const { background, ask, fetch } = setup({ 'http://127.0.0.1/badge.png': { body: PNG } });
    await background.handle({ type: 'set-settings', settings: { ...DEFAULT_SETTINGS, allowLocalNetwork: true } }, popup);
    expect((await ask('http://127.0.0.1/badge.png')).ok).toBe(false);
    expect(fetch.requests).toEqual([]);
  });

  it('goes by the bytes, not the server: HTML called a PNG is refused, a PNG called text is a PNG', async () => {
    const { ask } = setup({
      'https://issuer.example.org/fake.png': { body: '<html><script>alert(1)</script></html>', type: 'image/png' },
      'https://issuer.example.org/real': { body: PNG, type: 'text/plain' },
      'https://issuer.example.org/photo': { body: JPEG, type: 'application/octet-stream' },
    });
    expect((await ask('https://issuer.example.org/fake.png')).ok).toBe(false);
    expect(dataUrlOf(await ask('https://issuer.example.org/real'))).toMatch(/^data:image\/png;base64,/);
    expect(dataUrlOf(await ask('https://issuer.example.org/photo'))).toMatch(/^data:image\/jpeg;base64,/);
  });

  it('an SVG comes back as a data: URL, for an <img>, where its scripts never run', async () => {
    const { ask } = setup({ 'https://issuer.example.org/badge.svg': { body: SVG, type: 'image/svg+xml' } });
    const dataUrl = dataUrlOf(await ask('https://issuer.example.org/badge.svg'));
    expect(dataUrl.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64').toString()).toBe(SVG);
  });

  it('refuses images over the cap, declared or streamed, and error answers', async () => {
    const big = new Uint8Array(IMAGE_MAX_BYTES + 1);
    big.set(PNG.subarray(0, 8));
    const { ask } = setup({
      'https://issuer.example.org/big.png': { body: big },
      'https://issuer.example.org/declared.png': { body: PNG, headers: { 'content-length': String(IMAGE_MAX_BYTES + 1) } },
      'https://issuer.example.org/forbidden.png': { body: PNG, status: 403 },
    });
    for (const name of ['big', 'declared', 'forbidden', 'missing'])
      expect((await ask(`https://issuer.example.org/${name}.png`)).ok, name).toBe(false);
  });

  it('reopening a card within the window does not fetch again; after it, it does', async () => {
    const { ask, fetch, clock } = setup({ 'https://issuer.example.org/badge.png': { body: PNG } });
    for (let n = 0; n < 5; n++) await ask('https://issuer.example.org/badge.png', n % 2 ? page : popup);
    expect(fetch.requests).toHaveLength(1);
    clock.time += IMAGE_WINDOW_MS;
    await ask('https://issuer.example.org/badge.png');
    expect(fetch.requests).toHaveLength(2);
  });

  it('refuses a request whose URL is over the schema limit', async () => {
    const { ask, fetch } = setup({});
    expect((await ask(`https://issuer.example.org/${'a'.repeat(9000)}`)).ok).toBe(false);
    expect(fetch.requests).toEqual([]);
  });
});
