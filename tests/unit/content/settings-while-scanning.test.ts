import { stubScannerPage } from '../../support/scanner-page';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The view half, as far as these tests need it: it confirms a "no", and records what it is handed to draw. */
const drawn: string[] = [];
vi.mock('../../../entrypoints/content/load-view', () => ({
  loadView: () =>
    Promise.resolve({
      scanAllowed: () => false,
      pageView: () => ({ found: () => void drawn.push('found'), pushed: () => undefined, reset: () => undefined }),
    }),
}));

/** The rest of detection, as `content-detect.js` hands it over. */
vi.mock('../../../entrypoints/content/load-finder', async () => {
  const { FINDER } = await import('../../../entrypoints/content/finder');
  return { loadFinder: () => Promise.resolve(FINDER) };
});

const PAGE = 'https://cv.example.net/ada/';

let sent: Array<{ type: string }>;
let queries: number;
let answerSettings: (stored: unknown) => void;
let listeners: number;
/** The eager script's `runtime.onMessage` listener. */
let listener: ((message: unknown, sender: { id?: string }, answer: (reply?: unknown) => void) => unknown) | undefined;

/** The extension's API as the eager script reads it (once, when it is first imported). */
const fakeChrome = {
  storage: { local: { get: () => new Promise((resolve) => (answerSettings = (settings) => resolve({ settings }))) } },
  runtime: {
    id: 'badge-lens',
    getURL: (path: string) => `chrome-extension://badge-lens${path}`,
    sendMessage: (message: { type: string }) => {
      sent.push(message);
      return new Promise(() => undefined);
    },
    onMessage: {
      addListener: (given: typeof listener) => {
        listeners++;
        listener = given;
      },
      removeListener: () => void listeners--,
    },
  },
};

const BADGE_PAGE = '<main><img src="/badges/ada.png" alt="Badge"></main>';
const PLAIN_PAGE = '<main><h1>Ada</h1><img src="/photos/ada.jpg" alt="Ada"><a href="/about">About</a></main>';

/** The eager script over a linkedom page (one badge image unless told), its `storage.local` answering only when told. */
function start(html = BADGE_PAGE) {
  queries = 0;
  listener = undefined;
  stubScannerPage(html, PAGE, () => void queries++);
  sent = [];
  drawn.length = 0;
  listeners = 0;
  vi.stubGlobal('chrome', fakeChrome);
  return import('../../../entrypoints/content/main').then(({ startContentScript }) => startContentScript());
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the eager script reads its settings while the first scan runs', () => {
  it('scans before the settings answer, and sends what it found, in order, once they allow it', async () => {
    await start();
    await vi.advanceTimersByTimeAsync(50);
    expect(queries).toBeGreaterThan(0);
    expect(sent).toEqual([]);
    expect(drawn).toEqual([]);
    answerSettings({ autoScan: true, disabledSites: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((m) => m.type)).toEqual(['page-candidates']);
    expect(drawn).toEqual(['found']);
  });

  it('sends nothing and stops scanning when the settings turn this site off', async () => {
    await start();
    await vi.advanceTimersByTimeAsync(50);
    answerSettings({ autoScan: false });
    await vi.advanceTimersByTimeAsync(0);
    const scanned = queries;
    document.querySelector('main')!.append(document.createElement('img'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([]);
    expect(drawn).toEqual([]);
    expect(queries).toBe(scanned);
    expect(listeners).toBe(0);
  });
});

/** What the script answers the background's `page-view` question with, once it has answered. */
async function askPageView(from = 'badge-lens'): Promise<{ answered: boolean; reply: unknown }> {
  let answered = false;
  let reply: unknown;
  const keptOpen = listener?.({ type: 'page-view' }, { id: from }, (given) => {
    answered = true;
    reply = given;
  });
  await vi.advanceTimersByTimeAsync(0);
  return { answered: answered || keptOpen !== true, reply };
}

describe('what a page view tells the background', () => {
  it('a page without badges sends nothing, and asked, says which page view it shows', async () => {
    await start(PLAIN_PAGE);
    answerSettings({ autoScan: true, disabledSites: [] });
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([]);
    const { reply } = await askPageView();
    expect(reply).toEqual({ navigationId: expect.stringMatching(/^[0-9a-f-]{36}$/), pageUrl: PAGE });
    expect(sent).toEqual([]);
  });

  it('answers the same page view as its candidates name, and only the extension itself', async () => {
    await start();
    answerSettings({ autoScan: true, disabledSites: [] });
    await vi.advanceTimersByTimeAsync(0);
    const candidates = sent.find((m) => m.type === 'page-candidates') as { navigationId?: string } | undefined;
    expect((await askPageView()).reply).toMatchObject({ navigationId: candidates?.navigationId, pageUrl: PAGE });
    expect(await askPageView('another-extension')).toEqual({ answered: true, reply: undefined });
  });

  it('asked before the settings answer, answers once they allow the site, and with nothing when they turn it off', async () => {
    await start(PLAIN_PAGE);
    const early = askPageView();
    answerSettings({ autoScan: false });
    expect(await early).toEqual({ answered: true, reply: undefined });
    expect(listeners).toBe(0);
  });

  it('an in-page navigation resets the tab only after a page view that found something', async () => {
    await start();
    answerSettings({ autoScan: true, disabledSites: [] });
    await vi.advanceTimersByTimeAsync(0);
    location.href = `${PAGE}projects`;
    document.querySelector('main')!.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(1000);
    // The badge is still there: the new page view finds it again.
    expect(sent.map((m) => m.type)).toEqual(['page-candidates', 'page-reset', 'page-candidates']);
  });

  it('an in-page navigation of a page without badges sends nothing', async () => {
    await start(PLAIN_PAGE);
    answerSettings({ autoScan: true, disabledSites: [] });
    await vi.advanceTimersByTimeAsync(0);
    location.href = `${PAGE}projects`;
    document.querySelector('main')!.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([]);
    expect((await askPageView()).reply).toMatchObject({ pageUrl: `${PAGE}projects` });
  });
});
