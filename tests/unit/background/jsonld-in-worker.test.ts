/**
 * The background entrypoint canonicalizes JSON-LD in its own process, in Chrome's service worker as in
 * Firefox's event page: the stack is imported statically and no offscreen document is ever looked for.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ToContentMessage } from '../../../lib/protocol/messages';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
// The fake browser has no webRequest; the redirect watch is tested in tests/unit/net/redirect-watch.test.ts.
vi.mock('../../../entrypoints/background/redirect-watch', () => ({ watchRedirects: () => async () => undefined }));

const background = (await import('../../../entrypoints/background/index')).default;

const credential = readFileSync('tests/fixtures/generated/badges/ob3-rdfc-did-key.json', 'utf8');

/** A `chrome` namespace that records any search for an offscreen document. */
function chromeWithContexts() {
  return { runtime: { getContexts: vi.fn(async () => []) }, offscreen: { createDocument: vi.fn(async () => undefined) } };
}

describe('background JSON-LD (no offscreen documents)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('verifies an eddsa-rdfc-2022 credential end to end, canonicalizing in the background itself', async () => {
    const chrome = chromeWithContexts();
    vi.stubGlobal('chrome', chrome);
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(String(url));
      return new Response('not found', { status: 404 });
    });
    const sent: ToContentMessage[] = [];
    fakeBrowser.tabs.sendMessage = (async (_tabId: number, message: ToContentMessage) =>
      void sent.push(message)) as typeof fakeBrowser.tabs.sendMessage;
    background.main();

    const page = { id: fakeBrowser.runtime.id, url: 'https://cv.example.net/', tab: { id: 7 } };
    const message = {
      type: 'page-candidates',
      pageUrl: page.url,
      navigationId: 'n1',
      found: [{ ref: 'r1', candidate: { kind: 'embedded', text: credential } }],
    };
    await new Promise((resolve) => {
      const listeners = fakeBrowser.runtime.onMessage as unknown as { trigger(...args: unknown[]): Promise<unknown[]> };
      void listeners.trigger(message, page, resolve);
    });

    await vi.waitFor(() => expect(sent.some((m) => m.type === 'items' && m.items.some((item) => item.state === 'done'))).toBe(true), {
      timeout: 15_000,
    });
    const done = sent.flatMap((m) => (m.type === 'items' ? m.items : [])).find((item) => item.state === 'done');
    const results = done && 'results' in done ? done.results : [];
    expect(results.map((r) => r.status)).toEqual(['verified']);
    expect(results[0]?.checks.map((c) => c.code)).toContain('proof.ok');
    expect(chrome.runtime.getContexts).not.toHaveBeenCalled();
    expect(chrome.offscreen.createDocument).not.toHaveBeenCalled();
    expect(fetched).toEqual([]);
  });
});
