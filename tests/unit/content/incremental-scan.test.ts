import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FINDER } from '../../../entrypoints/content/finder';
import { createTracking } from '../../../entrypoints/content/element-refs';
import { startScanner } from '../../../entrypoints/content/page-scanner';
import { recordingHooks, stubScannerPage } from '../../support/scanner-page';

const PAGE = 'https://cv.example.net/ada/';

let controller: AbortController;
let events: string[];
let scanner: ReturnType<typeof startScanner>;
let doc: Document;
let fullScans: number;

/** The page scanner over a linkedom page, counting the scans that query the whole document. */
function start(body: string, options: Parameters<typeof startScanner>[2] = {}, tracked = true) {
  fullScans = 0;
  doc = stubScannerPage(body, PAGE, (selectors) => {
    if (selectors.startsWith('script[type]')) fullScans++;
  }).doc;
  controller = new AbortController();
  events = [];
  scanner = startScanner(recordingHooks(events), controller.signal, { finder: FINDER, ...options });
  // The view hands in its tracking once the page has a candidate.
  tracking = createTracking({
    onRetired: (_url, _id, refs) => void events.push(`retired ${refs.join(' ')}`),
    onAnchorsMoved: () => void events.push('moved'),
  });
  if (tracked) scanner.track(tracking);
}
let tracking: ReturnType<typeof createTracking>;
const settle = () => vi.advanceTimersByTimeAsync(300);
const card = (html: string) => {
  const article = doc.createElement('article');
  article.innerHTML = html;
  return article;
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('page scanner: tracking handed in late', () => {
  it('costs no scan when no scan ran since the first candidate, and one full scan when one did', async () => {
    start('<div id="feed"><img src="/badges/a.png"></div>', {}, false);
    await settle();
    expect(fullScans).toBe(1);
    scanner.track(tracking);
    await settle();
    expect(fullScans).toBe(1);

    start('<div id="feed"><img src="/badges/a.png"></div>', {}, false);
    await settle();
    doc.getElementById('feed')!.append(card('<img src="/badges/b.png">'));
    await settle();
    expect(fullScans).toBe(1);
    scanner.track(tracking);
    await settle();
    expect(fullScans).toBe(2);
    expect(events).toEqual(['reset', 'found r1=/badges/a.png', 'found r2=/badges/b.png']);
  });
});

describe('page scanner: only what was added is scanned', () => {
  it('cards appended to a feed are scanned on their own, and their badges found in page order', async () => {
    start('<main id="feed"><img src="/badges/first.png"></main>');
    await settle();
    expect(fullScans).toBe(1);
    const feed = doc.getElementById('feed')!;
    feed.append(
      card('<img src="/photos/1.jpg"><a href="/posts/1">post</a>'),
      card('<a href="/credentials/2.json">badge</a>'),
      card('<img src="/badges/3.png">'),
    );
    await settle();
    feed.append(card('<p>nothing here</p>'));
    await settle();
    expect(events).toEqual(['reset', 'found r1=/badges/first.png', 'found r2=/credentials/2.json r3=/badges/3.png']);
    expect(fullScans).toBe(1);
  });

  it('an element added as a badge itself (no wrapper) is found', async () => {
    start('<main id="feed"></main>');
    await settle();
    const image = doc.createElement('img');
    image.setAttribute('src', '/badges/solo.png');
    doc.getElementById('feed')!.append(image);
    await settle();
    expect(events).toEqual(['reset', 'found r1=/badges/solo.png']);
    expect(fullScans).toBe(1);
  });

  it('a known badge drawn again on a new element falls back to a full scan, which moves its chip', async () => {
    start('<main id="feed"><div id="old"><img id="a" src="/badges/valid.png"></div></main>');
    await settle();
    doc.getElementById('old')!.remove();
    await settle();
    const scansBefore = fullScans;
    doc.getElementById('feed')!.append(card('<img id="b" src="/badges/valid.png">'));
    await settle();
    expect(fullScans).toBeGreaterThan(scansBefore);
    expect(events).toEqual(['reset', 'found r1=/badges/valid.png', 'moved']);
    expect(scanner.anchorFor('r1')).toBe(doc.getElementById('b'));
  });

  it('a change on or around a known badge scans the whole page, so it can be retired', async () => {
    start('<main><a id="link" href="/posts/1"><img id="a" src="/badges/valid.png"></a></main>');
    await settle();
    doc.getElementById('link')!.setAttribute('href', '/posts/2');
    await settle();
    expect(fullScans).toBe(2);
    doc.getElementById('a')!.setAttribute('src', '/photos/ada.jpg');
    await settle();
    expect(fullScans).toBe(3);
    expect(events).toEqual(['reset', 'found r1=/badges/valid.png', 'retired r1']);
  });

  it('a <base> added changes every relative URL: a full scan', async () => {
    start('<main><img src="/photos/1.jpg"></main>');
    await settle();
    const base = doc.createElement('base');
    base.setAttribute('href', 'https://other.example.org/');
    doc.querySelector('main')!.append(base);
    await settle();
    expect(fullScans).toBe(2);
  });
});

describe('page scanner: a scan spread over slices', () => {
  const badges = (count: number) => Array.from({ length: count }, (_, i) => `<img id="b${i + 1}" src="/badges/${i + 1}.png">`).join('');
  /** A clock that moves 1 ms per read, so every 16 elements end a 1 ms slice; `between` runs at each pause. */
  const sliced = (between: (pause: number) => void) => {
    let clock = 0;
    let pauses = 0;
    return { budgetMs: 1, now: () => clock++, pause: async () => between(++pauses) };
  };

  it('reports once, in page order, after the last slice', async () => {
    let pauses = 0;
    start(`<main id="feed">${badges(40)}</main>`, { slices: sliced((n) => (pauses = n)) });
    await settle();
    expect(pauses).toBeGreaterThan(1);
    expect(events).toEqual(['reset', `found ${Array.from({ length: 40 }, (_, i) => `r${i + 1}=/badges/${i + 1}.png`).join(' ')}`]);
  });

  it('a badge added while a scan runs is found by the next scan, after the ones before it', async () => {
    start(`<main id="feed">${badges(40)}</main>`, {
      slices: sliced((n) => n === 1 && doc.getElementById('feed')!.append(card('<img src="/badges/late.png">'))),
    });
    await settle();
    await settle();
    expect(events.at(-1)).toBe('found r41=/badges/late.png');
    expect(events).toHaveLength(3);
  });

  it('a badge already looked at that changes while the scan runs is retired by the next scan', async () => {
    start(`<main id="feed">${badges(40)}</main>`, {
      // Pauses 1 and 2 come while the 40 images are sorted, pause 3 after the first ones were read.
      slices: sliced((n) => n === 3 && doc.getElementById('b1')!.setAttribute('src', '/photos/ada.jpg')),
    });
    await settle();
    await settle();
    expect(events.slice(2)).toEqual(['retired r1']);
    expect(scanner.isLive('r1')).toBe(false);
  });

  it('a scan stopped by the abort reports nothing', async () => {
    start(`<main id="feed">${badges(40)}</main>`, { slices: sliced(() => controller.abort()) });
    await settle();
    expect(events).toEqual(['reset']);
  });
});

describe('page scanner: a page that keeps changing with nothing to find', () => {
  /** Starts a scanner over an empty feed that counts its scans; two scans (the first and one of a plain card) find nothing. */
  async function idleFeed() {
    let scans = 0;
    start('<main id="feed"></main>', {
      beforeScan: () => {
        scans++;
        return true;
      },
    });
    await settle();
    const feed = doc.getElementById('feed')!;
    feed.append(card('<img src="/photos/1.jpg">'));
    await settle();
    expect(scans).toBe(2);
    return { feed, scans: () => scans };
  }

  it('is scanned half as often while it keeps changing, each change still within 500 ms', async () => {
    const { feed, scans } = await idleFeed();
    feed.append(card('<img src="/photos/2.jpg">'));
    await vi.advanceTimersByTimeAsync(300);
    expect(scans()).toBe(2);
    await vi.advanceTimersByTimeAsync(200);
    expect(scans()).toBe(3);
    feed.append(card('<img src="/badges/3.png">'));
    await vi.advanceTimersByTimeAsync(300);
    expect(events).toEqual(['reset']);
    await vi.advanceTimersByTimeAsync(200);
    expect(events).toEqual(['reset', 'found r1=/badges/3.png']);
    // A scan that found something: the next change is scanned at the usual 250 ms.
    feed.append(card('<img src="/badges/4.png">'));
    await settle();
    expect(events).toEqual(['reset', 'found r1=/badges/3.png', 'found r2=/badges/4.png']);
  });

  it('is scanned 250 ms after a change again once it has been quiet for a second', async () => {
    const { feed } = await idleFeed();
    await vi.advanceTimersByTimeAsync(1000);
    feed.append(card('<img src="/badges/5.png">'));
    await settle();
    expect(events).toEqual(['reset', 'found r1=/badges/5.png']);
  });
});
