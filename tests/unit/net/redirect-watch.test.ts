import { describe, expect, it, vi } from 'vitest';

type Listener = (details: Record<string, unknown>) => void;
const registered: Listener[] = [];
const watched: unknown[] = [];

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getURL: (path: string) => `chrome-extension://abcdef${path}` },
    webRequest: {
      onBeforeRedirect: { addListener: (listener: Listener, filter: unknown) => (registered.push(listener), watched.push(filter)) },
    },
  },
}));

const { watchRedirects } = await import('../../../entrypoints/background/redirect-watch');

const answer = (url: string, location: string, more: Record<string, unknown> = {}) =>
  registered[0]!({
    url,
    statusCode: 302,
    tabId: -1,
    initiator: 'chrome-extension://abcdef',
    redirectUrl: location,
    ...more,
  });

describe('watchRedirects (the extension side of revealRedirect)', () => {
  it('listens once, to redirects only, and reveals its own with the target resolved against the URL', async () => {
    const reveal = watchRedirects();
    watchRedirects();
    expect(registered).toHaveLength(1);
    expect(watched).toEqual([{ urls: ['https://*/*', 'http://*/*'], tabId: -1, types: ['xmlhttprequest', 'other'] }]);
    answer('https://a.example.org/x/1', '../2');
    expect(await reveal('https://a.example.org/x/1')).toBe('https://a.example.org/2');
  });

  it.each([
    ['a tab', { tabId: 4 }],
    ["a page's service worker", { initiator: 'https://evil.example.net' }],
    ['another extension', { initiator: 'chrome-extension://other' }],
    ['a non-redirect', { statusCode: 200 }],
  ])('ignores answers to %s', async (_name, more) => {
    const reveal = watchRedirects();
    const url = `https://a.example.org/ignored/${String(_name).length}`;
    answer(url, 'https://b.example.org/', more);
    vi.useFakeTimers();
    const revealed = reveal(url);
    await vi.advanceTimersByTimeAsync(5_000);
    vi.useRealTimers();
    expect(await revealed).toBeUndefined();
  });

  it("accepts Firefox's originUrl for the extension's own background page", async () => {
    const reveal = watchRedirects();
    answer('https://a.example.org/ff', '/next', {
      initiator: undefined,
      originUrl: 'chrome-extension://abcdef/_generated_background_page.html',
    });
    expect(await reveal('https://a.example.org/ff')).toBe('https://a.example.org/next');
  });
});
