import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetMessages, setMessages } from '../../../components/i18n';
import { CHIP_TAG } from '../../../components/overlay/placement';
import type { Tracking } from '../../../entrypoints/content/element-refs';
import { makeContentView, type PageViewDeps } from '../../../entrypoints/content/view';
import type { ContentMessage, Reply } from '../../../lib/protocol/messages';
import type { TabItem } from '../../../lib/protocol/schemas';
import { flush, installDom, item, readLocale, result } from '../components/helpers';

const PAGE = `<!doctype html><html><head><title>Ada Lovelace – CV</title></head><body>
  <h1>Ada Lovelace</h1><img id="r1" src="r1.png"><img id="r2" src="r2.png"><img id="r3" src="r3.png">
</body></html>`;

let dom: ReturnType<typeof installDom>;
beforeAll(() => {
  dom = installDom(PAGE);
});
afterAll(() => dom.restore());
beforeEach(() => setMessages('en', readLocale('en'), readLocale('en')));

/** A page view over a fake scanner (`live` refs, navigation `n1`) that records what it sends. */
function setUp(live: string[]) {
  const sent: ContentMessage[] = [];
  const controller = new AbortController();
  const deps: PageViewDeps = {
    send: async (message) => {
      sent.push(message);
      return { ok: true } as Reply;
    },
    signal: controller.signal,
    scanner: {
      // Every ref has an element, so only `isLive` keeps a retired one off the page.
      anchorFor: (ref) => dom.document.getElementById(ref) ?? undefined,
      isLive: (ref) => live.includes(ref),
      navigationId: () => 'n1',
      track: (given) => tracked.push(given),
    },
  };
  const tracked: Tracking[] = [];
  const page = makeContentView(new WeakSet()).pageView(deps);
  const chips = () => dom.document.querySelectorAll(CHIP_TAG).length;
  return { page, sent, chips, live, tracked, stop: () => controller.abort() };
}

const reply = (navigationId: string, items: TabItem[]) =>
  Promise.resolve({ ok: true, tab: { tabId: 1, pageUrl: 'https://cv.example.net/', navigationId, items } } as Reply);

describe('the page view (what the eager script leaves to the overlay half)', () => {
  it('draws the pending items the background took on, for live refs of this navigation only', async () => {
    const { page, chips, stop } = setUp(['r1', 'r2']);
    // Pending with an earlier result, so the overlay draws them (a first check draws nothing yet).
    await page.found(reply('n1', [item('r1', [result()], 'pending'), item('r3', [result()], 'pending')]), 'n1');
    await flush();
    expect(chips()).toBe(1);
    await page.found(reply('n0', [item('r2', [result()], 'pending')]), 'n1');
    await flush();
    expect(chips()).toBe(1);
    stop();
    await flush();
    expect(chips()).toBe(0);
  });

  it('takes pushed verdicts of this navigation for live refs, drops retired items, and empties on reset', async () => {
    const { page, chips, stop } = setUp(['r1', 'r2']);
    page.pushed({ type: 'items', navigationId: 'n1', items: [item('r1', [result()]), item('r2', [result()])] });
    page.pushed({ type: 'items', navigationId: 'n0', items: [item('r3', [result()])] });
    page.pushed({ type: 'items', navigationId: 'n1', items: [item('r3', [result()])] });
    page.pushed({ type: 'items', navigationId: 'n1', items: 'not items' });
    await flush();
    expect(chips()).toBe(2);
    page.retired(['r2']);
    await flush();
    expect(chips()).toBe(1);
    page.reset();
    await flush();
    expect(chips()).toBe(0);
    stop();
  });

  it('hands the scanner its retire and move tracking once: a retired ref loses its chip and the background is told', async () => {
    const { page, sent, chips, tracked, stop } = setUp(['r1', 'r2']);
    expect(tracked).toHaveLength(1);
    page.pushed({ type: 'items', navigationId: 'n1', items: [item('r1', [result()]), item('r2', [result()])] });
    await flush();
    expect(chips()).toBe(2);
    tracked[0]!.onRetired('https://cv.example.net/', 'n1', ['r2']);
    await flush();
    expect(chips()).toBe(1);
    expect(sent).toContainEqual({ type: 'retire', navigationId: 'n1', refs: ['r2'] });
    stop();
  });

  it("sends the page's person once per page view, after the candidates' answer", async () => {
    const { page, sent, stop } = setUp(['r1']);
    await page.found(reply('n1', []), 'n1');
    await page.found(reply('n1', []), 'n1');
    const persons = () => sent.filter((message) => message.type === 'page-person');
    expect(persons()).toHaveLength(1);
    page.reset();
    await page.found(reply('n1', []), 'n1');
    expect(persons()).toHaveLength(2);
    stop();
  });
});

afterAll(() => resetMessages());
