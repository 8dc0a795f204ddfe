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
let LinkedomEvent: typeof Event;

let track: () => void;

/** The page scanner over a linkedom page, with fake timers: every report it makes, in order; `tracked`: retire and move tracking from the start (else from `track()`). */
function start(body: string, tracked = true) {
  const { win, doc: page } = stubScannerPage(body, PAGE);
  doc = page;
  LinkedomEvent = win.Event as unknown as typeof Event;
  controller = new AbortController();
  events = [];
  scanner = startScanner(recordingHooks(events), controller.signal, { finder: FINDER });
  // The view hands in its tracking once the page has a candidate.
  const tracking = createTracking({
    onRetired: (_url, _id, refs) => void events.push(`retired ${refs.join(' ')}`),
    onAnchorsMoved: () => void events.push('moved'),
  });
  track = () => scanner.track(tracking);
  if (tracked) track();
}
const byId = (id: string) => doc.getElementById(id) as HTMLImageElement;
/** Lets the observer deliver and the debounced scan run. */
const settle = () => vi.advanceTimersByTimeAsync(300);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('page scanner: retire and move tracking handed in late (by the view, once a candidate is found)', () => {
  it('a badge swapped before the tracking came is retired when it comes', async () => {
    start('<img id="a" src="/badges/valid.png">', false);
    await settle();
    byId('a').setAttribute('src', '/badges/tampered.png');
    await settle();
    expect(events).toEqual(['reset', 'found r1=/badges/valid.png', 'found r2=/badges/tampered.png']);
    expect(scanner.isLive('r1')).toBe(true);
    track();
    await settle();
    expect(events.slice(3)).toEqual(['retired r1']);
    expect(scanner.isLive('r1')).toBe(false);
  });

  it('a badge redrawn elsewhere before the tracking came has its chip moved when it comes', async () => {
    start('<div id="box"><img id="a" src="/badges/valid.png"></div>', false);
    await settle();
    byId('a').remove();
    await settle();
    byId('box').innerHTML = '<img id="b" src="/badges/valid.png">';
    await settle();
    expect(scanner.anchorFor('r1')).toBeUndefined();
    track();
    await settle();
    expect(events).toEqual(['reset', 'found r1=/badges/valid.png', 'moved']);
    expect(scanner.anchorFor('r1')).toBe(byId('b'));
  });

  it('nothing is retired or moved until then', async () => {
    start('<img id="a" src="/badges/valid.png">', false);
    await settle();
    byId('a').setAttribute('src', '/photos/ada.jpg');
    await settle();
    expect(events).toEqual(['reset', 'found r1=/badges/valid.png']);
    expect(scanner.isLive('r1')).toBe(true);
  });
});

describe('page scanner: an element that shows something else', () => {
  it('a new src retires the old ref before the new badge is reported', async () => {
    start('<img id="a" src="/badges/valid.png">');
    await settle();
    expect(events).toEqual(['reset', 'found r1=/badges/valid.png']);
    byId('a').setAttribute('src', '/badges/tampered.png');
    await settle();
    expect(events.slice(2)).toEqual(['retired r1', 'found r2=/badges/tampered.png']);
    expect(scanner.isLive('r1')).toBe(false);
    expect(scanner.anchorFor('r1')).toBeUndefined();
    expect(scanner.anchorFor('r2')).toBe(byId('a'));
  });

  it('a new image loaded without any attribute change (currentSrc, from srcset or <picture>) is seen on its load event', async () => {
    start('<img id="a" src="/badges/valid.png" srcset="/badges/valid.png 1x">');
    await settle();
    Object.defineProperty(byId('a'), 'currentSrc', { value: 'https://cv.example.net/badges/chosen.png', configurable: true });
    await settle();
    expect(events).toEqual(['reset', 'found r1=/badges/valid.png']);
    // linkedom has no capture phase for ancestors: the event bubbles here to reach the document.
    byId('a').dispatchEvent(new LinkedomEvent('load', { bubbles: true }));
    await settle();
    expect(events.slice(2)).toEqual(['retired r1', 'found r2=/badges/chosen.png']);
  });

  it('swapped to plain artwork, the element loses its ref and nothing new is reported', async () => {
    start('<img id="a" src="/badges/valid.png">');
    await settle();
    byId('a').setAttribute('src', '/photos/ada.jpg');
    await settle();
    expect(events.slice(2)).toEqual(['retired r1']);
  });

  it('a badge put inside a page-made <badge-lens-chip> is scanned', async () => {
    start('<div id="list"></div>');
    await settle();
    const lookalike = doc.createElement('badge-lens-chip');
    lookalike.innerHTML = '<a href="/credentials/ada.json">credential</a>';
    byId('list').append(lookalike);
    await settle();
    expect(events.slice(1)).toEqual(['found r1=/credentials/ada.json']);
  });
});
