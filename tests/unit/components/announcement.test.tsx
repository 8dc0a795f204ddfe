import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetMessages, setMessages } from '../../../components/i18n';
import { createOverlay, isOverlayElement, LIVE_TAG, type Overlay } from '../../../components/overlay';
import { createSettleAnnouncer, settledSummary } from '../../../components/verdict-announcement';
import { pendingItemsOf } from '../../../entrypoints/content/pending-items';
import { installDom, item, readLocale, result } from './helpers';

const PAGE = '<!doctype html><html><head></head><body><p><img id="a" src="a.png"><img id="b" src="b.png"></p></body></html>';
const SUMMARY = 'Badge Lens has finished checking. Results on this page: Invalid: 1, Verified: 1';

let dom: ReturnType<typeof installDom>;
beforeAll(() => {
  dom = installDom(PAGE);
});
afterAll(() => dom.restore());
beforeEach(() => setMessages('en', readLocale('en'), readLocale('en')));
afterEach(() => resetMessages());

const pending = [item('r1', [], 'pending'), item('r2', [], 'pending')];
const half = [item('r1', [result({ status: 'invalid' })]), item('r2', [], 'pending')];
const settled = [item('r1', [result({ status: 'invalid' })]), item('r2', [result()])];

describe('createSettleAnnouncer', () => {
  it('speaks once, when the last pending item is done, with the page’s counts', () => {
    const announce = createSettleAnnouncer();
    expect([pending, half, half, settled, settled].map(announce)).toEqual([undefined, undefined, undefined, SUMMARY, undefined]);
  });

  it('says nothing for a page already settled when first seen, or one with nothing found', () => {
    const announce = createSettleAnnouncer();
    expect([settled, settled].map(announce)).toEqual([undefined, undefined]);
    const empty = createSettleAnnouncer();
    expect([pending, []].map(empty)).toEqual([undefined, undefined]);
  });

  it('speaks again after a re-check finishes', () => {
    const announce = createSettleAnnouncer();
    const rechecking = [settled[0]!, item('r2', [result()], 'pending')];
    expect([pending, settled, rechecking, settled].map(announce)).toEqual([undefined, SUMMARY, undefined, SUMMARY]);
  });

  it('summary in German', () => {
    setMessages('de', readLocale('de'), readLocale('en'));
    expect(settledSummary(settled)).toBe(
      'Badge Lens hat die Prüfung abgeschlossen. Ergebnisse auf dieser Seite: Ungültig: 1, Verifiziert: 1',
    );
  });
});

describe('the overlay’s live region', () => {
  let overlay: Overlay | undefined;
  afterEach(() => {
    overlay?.destroy();
    overlay = undefined;
  });
  const region = () => dom.document.querySelector(LIVE_TAG)?.shadowRoot?.querySelector('[role="status"]');

  it('is in the page, polite and empty while badges are checked, then says the summary once', () => {
    const anchors: Record<string, string> = { r1: 'a', r2: 'b' };
    overlay = createOverlay({
      document: dom.document,
      shadowMode: 'open',
      anchorFor: (ref) => dom.document.getElementById(anchors[ref] ?? ''),
      onRecheck: () => undefined,
    });
    overlay.update([]);
    expect(dom.document.querySelector(LIVE_TAG)).toBeNull();
    overlay.update(pending);
    expect(region()?.getAttribute('aria-live')).toBe('polite');
    expect(region()?.textContent).toBe('');
    overlay.update(half);
    expect(region()?.textContent).toBe('');
    overlay.update(settled);
    expect(region()?.textContent).toBe(SUMMARY);
    expect(isOverlayElement(dom.document.querySelector(LIVE_TAG))).toBe(true);
    overlay.destroy();
    expect(dom.document.querySelector(LIVE_TAG)).toBeNull();
  });
});

describe('pendingItemsOf (the content script learns what the background is still checking)', () => {
  const tab = (navigationId: string, items: ReturnType<typeof item>[]) => ({
    ok: true,
    tab: { tabId: 3, pageUrl: 'https://cv.example.net/', navigationId, items },
  });

  it('takes the pending items of a valid answer for the current navigation', () => {
    expect(pendingItemsOf(tab('n1', half), 'n1').map((i) => i.ref)).toEqual(['r2']);
  });

  it('takes nothing from another navigation, a refusal or a malformed answer', () => {
    expect(pendingItemsOf(tab('n0', pending), 'n1')).toEqual([]);
    expect(pendingItemsOf({ ok: false, error: 'unknown sender' }, 'n1')).toEqual([]);
    expect(pendingItemsOf({ ok: true, tab: { items: 'x' } }, 'n1')).toEqual([]);
    expect(pendingItemsOf(undefined, 'n1')).toEqual([]);
  });
});
