import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (details: Record<string, unknown>) => void;
const registered: Array<{ event: string; listener: Listener; filter: unknown; extra?: unknown }> = [];
const listen = (event: string) => ({
  addListener: (listener: Listener, filter: unknown, extra?: unknown) => void registered.push({ event, listener, filter, extra }),
});

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getURL: (path: string) => `chrome-extension://abcdef${path}` },
    webRequest: { onBeforeRedirect: listen('onBeforeRedirect'), onHeadersReceived: listen('onHeadersReceived') },
  },
}));

/** A fresh copy of the module (it listens once per worker). */
const freshWatch = async () => {
  vi.resetModules();
  registered.length = 0;
  return (await import('../../../entrypoints/background/redirect-watch')).watchRedirects;
};

const OWN = { statusCode: 302, tabId: -1, initiator: 'chrome-extension://abcdef' };
/** Chrome's `onBeforeRedirect` report of a redirect. */
const redirected = (url: string, location: string, more: Record<string, unknown> = {}) =>
  registered[0]!.listener({ url, ...OWN, redirectUrl: location, ...more });

describe('watchRedirects (the extension side of revealRedirect)', () => {
  let watchRedirects: Awaited<ReturnType<typeof freshWatch>>;
  beforeEach(async () => {
    watchRedirects = await freshWatch();
  });

  it("listens once, to Chrome's redirects only, and reveals its own with the target resolved against the URL", async () => {
    const reveal = watchRedirects();
    watchRedirects();
    expect(registered.map((r) => [r.event, r.filter, r.extra])).toEqual([
      ['onBeforeRedirect', { urls: ['https://*/*', 'http://*/*'], tabId: -1, types: ['xmlhttprequest', 'other'] }, undefined],
    ]);
    redirected('https://a.example.org/x/1', '../2');
    expect(await reveal('https://a.example.org/x/1')).toBe('https://a.example.org/2');
  });

  it("in Firefox (no onBeforeRedirect for manual redirects) reads every answer's Location header", async () => {
    const reveal = watchRedirects('headers-received');
    expect(registered.map((r) => [r.event, r.extra])).toEqual([['onHeadersReceived', ['responseHeaders']]]);
    registered[0]!.listener({ url: 'https://a.example.org/h/1', ...OWN, responseHeaders: [{ name: 'Location', value: '/next' }] });
    registered[0]!.listener({ url: 'https://a.example.org/h/2', ...OWN, statusCode: 200, responseHeaders: [] });
    expect(await reveal('https://a.example.org/h/1')).toBe('https://a.example.org/next');
  });

  it.each([
    ['a tab', { tabId: 4 }],
    ["a page's service worker", { initiator: 'https://evil.example.net' }],
    ['another extension', { initiator: 'chrome-extension://other' }],
    ['a non-redirect', { statusCode: 200 }],
  ])('ignores answers to %s', async (_name, more) => {
    const reveal = watchRedirects();
    const url = `https://a.example.org/ignored/${String(_name).length}`;
    redirected(url, 'https://b.example.org/', more);
    vi.useFakeTimers();
    const revealed = reveal(url);
    await vi.advanceTimersByTimeAsync(5_000);
    vi.useRealTimers();
    expect(await revealed).toBeUndefined();
  });

  it("accepts Firefox's originUrl for the extension's own background page", async () => {
    const reveal = watchRedirects();
    redirected('https://a.example.org/ff', '/next', {
      initiator: undefined,
      originUrl: 'chrome-extension://abcdef/_generated_background_page.html',
    });
    expect(await reveal('https://a.example.org/ff')).toBe('https://a.example.org/next');
  });
});
