import { describe, expect, it } from 'vitest';
import { createBackground } from '../../../entrypoints/background/router';
import type { TabState } from '../../../lib/protocol/schemas';
import { generatedSiteHttp } from '../../support/generated-site';
import { testEnv } from '../../support/env';
import { fakeStorageArea, fakeToolbar, fakeVerifier, generatedSiteFetch, result } from './fakes';

const EXTENSION = 'chrome-extension://badgelens';
const PAGE = 'https://cv.example.net/ada/';
const page = { id: 'badgelens', url: PAGE, tab: { id: 7 } };
const popup = { id: 'badgelens', url: `${EXTENSION}/popup.html` };
const link = { ref: 'r1', candidate: { kind: 'link' as const, url: 'https://a.example.org/1.json' } };

/**
 * A background whose tab 7 shows the page view `showing.view` (what its content script answers to
 * `page-view`), or whose content script does not answer at all (`showing.view` undefined: a page it
 * does not run on). `showing.answer` stands in for the answer itself, however odd.
 */
function setup() {
  const showing: { view?: string; url?: string; answer?: unknown; beforeAnswer?: () => Promise<void> } = {};
  const toolbar = fakeToolbar();
  const fake = fakeVerifier(() => testEnv(generatedSiteHttp()));
  const asked: number[] = [];
  const background = createBackground({
    session: fakeStorageArea(),
    local: fakeStorageArea(),
    fetch: generatedSiteFetch(),
    toolbar,
    runtime: { id: 'badgelens', getURL: (path) => `${EXTENSION}${path}` },
    sendToTab: async () => undefined,
    askPageView: async (tabId) => {
      asked.push(tabId);
      await showing.beforeAnswer?.();
      if ('answer' in showing) return showing.answer;
      if (showing.view === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { navigationId: showing.view, pageUrl: showing.url ?? PAGE };
    },
    makeVerifier: fake.make,
  });
  const tab = async (): Promise<TabState | null> => {
    const reply = await background.handle({ type: 'get-tab', tabId: 7 }, popup);
    if (!reply.ok || !('tab' in reply)) throw new Error(`get-tab refused: ${JSON.stringify(reply)}`);
    return reply.tab as TabState | null;
  };
  /** Page view `navigationId` sends the one link, and its verdict comes back verified. */
  const foundVerified = async (navigationId: string) => {
    await background.handle({ type: 'page-candidates', pageUrl: PAGE, navigationId, found: [link] }, page);
    fake.verifier.calls.at(-1)!.finish([result('verified')]);
    await background.idle();
  };
  return { background, showing, toolbar, asked, tab, foundVerified };
}

describe('the tab the popup reads is the page view the tab shows', () => {
  it('a page view that sent nothing (no badges) reads as scanned and empty, and the toolbar is cleared', async () => {
    const { showing, tab, toolbar, asked } = setup();
    showing.view = 'v1';
    expect(await tab()).toEqual({ tabId: 7, pageUrl: PAGE, navigationId: 'v1', items: [] });
    expect(asked).toEqual([7]);
    expect(toolbar.last('text', 7)).toBe('');
  });

  it('keeps the state of the page view the tab shows, with its verdicts', async () => {
    const { showing, tab, foundVerified } = setup();
    await foundVerified('v1');
    showing.view = 'v1';
    const state = await tab();
    expect(state?.navigationId).toBe('v1');
    expect(state?.items.map((item) => [item.ref, item.state, item.results[0]?.status])).toEqual([['r1', 'done', 'verified']]);
  });

  it('gives way to an empty state when the tab has moved on to a page view that found nothing', async () => {
    const { showing, tab, foundVerified } = setup();
    await foundVerified('v1');
    showing.view = 'v2';
    showing.url = 'https://cv.example.net/blog/';
    expect(await tab()).toEqual({ tabId: 7, pageUrl: 'https://cv.example.net/blog/', navigationId: 'v2', items: [] });
    // Back to the page view that found the badge (the back-forward cache keeps its script): its verdicts
    // went with the reset, so it reads empty, never as the other page's.
    showing.view = 'v1';
    showing.url = PAGE;
    expect((await tab())?.items).toEqual([]);
  });

  it('reads as not scanned when no content script answers, whatever was stored for an earlier page', async () => {
    const { background, showing, tab } = setup();
    await background.handle({ type: 'page-candidates', pageUrl: PAGE, navigationId: 'v1', found: [link] }, page);
    expect(await tab()).toBeNull();
    showing.answer = undefined;
    expect(await tab()).toBeNull();
  });

  it.each([
    ['another shape', { navigation: 'v1' }],
    ['a page address over the limit', { navigationId: 'v1', pageUrl: `https://cv.example.net/${'a'.repeat(9000)}` }],
    ['a string', 'v1'],
  ])('takes an answer of %s as no answer', async (_name, answer) => {
    const { showing, tab } = setup();
    showing.answer = answer;
    expect(await tab()).toBeNull();
  });

  it("never empties a page view's candidates that arrive while the tab is asked", async () => {
    const { background, showing, tab } = setup();
    showing.view = 'v1';
    let arrived: Promise<unknown> | undefined;
    showing.beforeAnswer = async () => {
      arrived = background.handle({ type: 'page-candidates', pageUrl: PAGE, navigationId: 'v1', found: [link] }, page);
      await arrived;
    };
    const state = await tab();
    expect(state?.items.map((item) => item.ref)).toEqual(['r1']);
  });
});
