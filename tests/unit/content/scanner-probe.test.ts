import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FINDER } from '../../../entrypoints/content/finder';
import { type Finder, startScanner } from '../../../entrypoints/content/page-scanner';
import { recordingHooks, stubScannerPage } from '../../support/scanner-page';

const PAGE = 'https://cv.example.net/ada/';

let controller: AbortController;
let events: string[];
let doc: Document;
let asked: number;
/** What each ask said of the page: whether a candidate is all but sure. */
let likely: boolean[];
let queries: number;

/** The page scanner over a linkedom page with no finder until `loadFinder` (counted) brings one. */
function start(body: string, loadFinder: () => Promise<Finder> = () => Promise.resolve(FINDER)) {
  queries = 0;
  doc = stubScannerPage(body, PAGE, () => void queries++).doc;
  controller = new AbortController();
  events = [];
  asked = 0;
  likely = [];
  startScanner(recordingHooks(events), controller.signal, {
    loadFinder: (sure) => {
      asked++;
      likely.push(sure);
      return loadFinder();
    },
  });
}

const settle = () => vi.advanceTimersByTimeAsync(600);
const card = (html: string) => {
  const article = doc.createElement('article');
  article.innerHTML = html;
  return article;
};
const PLAIN_CARD = '<img src="/photos/1.jpg" alt="photo"><p><a href="/posts/1">read</a></p>';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('page scanner before the rest of detection is loaded', () => {
  it('a page without anything that may be a badge never asks for it, however its feed grows', async () => {
    start(`<main id="feed">${PLAIN_CARD}</main>`);
    await settle();
    for (let i = 0; i < 5; i++) {
      doc.getElementById('feed')!.append(card(PLAIN_CARD));
      await settle();
    }
    expect(queries).toBeGreaterThan(1);
    expect(asked).toBe(0);
    expect(events).toEqual(['reset']);
  });

  it('a page with a badge asks once, then finds it with a scan of the whole page', async () => {
    start(`<main>${PLAIN_CARD}<img src="/badges/ada.png" alt="Badge"></main>`);
    await settle();
    expect(asked).toBe(1);
    expect(likely).toEqual([true]);
    expect(events).toEqual(['reset', 'found r1=/badges/ada.png']);
  });

  it('a page that passes by a link alone asks too, saying a candidate is not sure, and a link that is none is not reported', async () => {
    start(`<main>${PLAIN_CARD}<a href="https://www.linkedin.com/company/example">Follow us</a></main>`);
    await settle();
    expect(likely).toEqual([false]);
    expect(events).toEqual(['reset']);
  });

  it('a badge added to a plain feed asks for it, and is found with what was added while it loaded', async () => {
    let bring!: () => void;
    start(`<main id="feed">${PLAIN_CARD}</main>`, () => new Promise((resolve) => (bring = () => resolve(FINDER))));
    await settle();
    expect(asked).toBe(0);
    doc.getElementById('feed')!.append(card('<img src="/badges/first.png">'));
    await settle();
    expect(asked).toBe(1);
    doc.getElementById('feed')!.append(card('<img src="/badges/second.png">'));
    await settle();
    expect(asked).toBe(1);
    expect(events).toEqual(['reset']);
    bring();
    await settle();
    expect(events).toEqual(['reset', 'found r1=/badges/first.png r2=/badges/second.png']);
  });

  it('a finder that fails to load leaves the page unscanned, is not asked for again, and throws nothing', async () => {
    start('<main id="feed"><img src="/badges/ada.png"></main>', () => Promise.reject(new Error('gone')));
    await settle();
    doc.getElementById('feed')!.append(card('<img src="/badges/second.png">'));
    await settle();
    expect(asked).toBe(1);
    expect(events).toEqual(['reset']);
  });
});
