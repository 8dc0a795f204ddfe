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
    onMessage: { addListener: () => void listeners++, removeListener: () => void listeners-- },
  },
};

/** The eager script over a linkedom page with one badge image, its `storage.local` answering only when told. */
function start() {
  queries = 0;
  stubScannerPage('<main><img src="/badges/ada.png" alt="Badge"></main>', PAGE, () => void queries++);
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
    expect(sent.map((m) => m.type)).toEqual(['page-reset', 'page-candidates']);
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
