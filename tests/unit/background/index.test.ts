import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reply, ToContentMessage } from '../../../lib/protocol/messages';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
// The fake browser has no webRequest; the watch itself is tested in tests/unit/net/redirect-watch.test.ts.
vi.mock('../../../entrypoints/background/redirect-watch', () => ({ watchRedirects: () => async () => undefined }));

const warm = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/jsonld/static-tools', async (original) => {
  const real = (await original()) as typeof import('../../../lib/jsonld/static-tools');
  return { staticJsonLdTools: { ...real.staticJsonLdTools, warm } };
});

const background = (await import('../../../entrypoints/background/index')).default;

/** Delivers a runtime message the way the browser does: the listener answers through `sendResponse`. */
async function deliver(message: unknown, sender: object): Promise<Reply> {
  return new Promise((resolve) => {
    const listeners = fakeBrowser.runtime.onMessage as unknown as { trigger(...args: unknown[]): Promise<unknown[]> };
    void listeners.trigger(message, sender, resolve).then((returned) => expect(returned).toEqual([true]));
  });
}

describe('background entrypoint', () => {
  beforeEach(() => fakeBrowser.reset());

  it('wires the router to runtime messages, storage, the toolbar, tabs.sendMessage and tab removal', async () => {
    const sent: Array<[number, ToContentMessage]> = [];
    fakeBrowser.tabs.sendMessage = (async (tabId: number, message: ToContentMessage) =>
      void sent.push([tabId, message])) as typeof fakeBrowser.tabs.sendMessage;
    await fakeBrowser.storage.local.set({ settings: { autoScan: true, disabledSites: [], allowLocalNetwork: false, language: 'de' } });
    background.main();

    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(await deliver({ type: 'get-settings' }, popup)).toMatchObject({ ok: true, settings: { language: 'de' } });
    expect(await deliver({ type: 'get-settings' }, { id: 'someone-else' })).toEqual({ ok: false, error: 'unknown sender' });

    const page = { id: fakeBrowser.runtime.id, url: 'https://cv.example.net/', tab: { id: 5 } };
    await deliver(
      {
        type: 'page-candidates',
        pageUrl: 'https://cv.example.net/',
        navigationId: 'n1',
        found: [{ ref: 'r1', candidate: { kind: 'embedded', text: 'not a credential' } }],
      },
      page,
    );
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject([5, { type: 'items', navigationId: 'n1', items: [{ ref: 'r1', state: 'done' }] }]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('1');
    expect(await fakeBrowser.storage.session.get('tab:5')).toHaveProperty('tab:5');

    await (fakeBrowser.tabs.onRemoved as unknown as { trigger(...args: unknown[]): Promise<unknown> }).trigger(5, {
      windowId: 1,
      isWindowClosing: false,
    });
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get('tab:5')).toEqual({}));
  });

  it.each(['onStartup', 'onInstalled'] as const)('warms the JSON-LD stack soon after %s, not at every start', async (event) => {
    warm.mockClear();
    background.main();
    await new Promise((done) => setTimeout(done, 5));
    expect(warm).not.toHaveBeenCalled();
    await (fakeBrowser.runtime[event] as unknown as { trigger(...args: unknown[]): Promise<unknown> }).trigger({ reason: 'install' });
    await vi.waitFor(() => expect(warm).toHaveBeenCalledTimes(1));
  });

  it('does not warm at launch while a tab is loading: that page warms it if its badges need it', async () => {
    warm.mockClear();
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: 3, status: 'loading' } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number]]);
    background.main();
    await (fakeBrowser.runtime.onStartup as unknown as { trigger(...args: unknown[]): Promise<unknown> }).trigger();
    await vi.waitFor(() => expect(query).toHaveBeenCalledWith({ status: 'loading' }));
    await new Promise((done) => setTimeout(done, 20));
    expect(warm).not.toHaveBeenCalled();
    query.mockRestore();
  });
});
