import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FINDER } from '../../../entrypoints/content/finder';
import { startScanner, type ScannerHooks } from '../../../entrypoints/content/page-scanner';
import { prioritised } from '../../../entrypoints/content/prioritised';
import { MAX_CANDIDATES_PER_PAGE, type Candidate } from '../../../lib/detect/candidate';

const PAGE_URL = 'https://cv.example.net/profile';

/**
 * linkedom lays nothing out: elements get the box their `data-box` attribute names ("left top width
 * height", default 0 0 0 0) and the styles their `style` attribute names.
 */
function installPage(body: string) {
  const win = parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`) as unknown as Window & typeof globalThis;
  const proto = Object.getPrototypeOf(win.document.createElement('div')) as { getBoundingClientRect(): DOMRect };
  const elementProto = Object.getPrototypeOf(Object.getPrototypeOf(proto)) as typeof proto;
  for (const target of [proto, elementProto, Object.getPrototypeOf(win.document.createElement('img'))]) {
    Object.defineProperty(target, 'getBoundingClientRect', {
      configurable: true,
      value(this: Element) {
        const [left = 0, top = 0, width = 0, height = 0] = (this.getAttribute('data-box') ?? '').split(' ').filter(Boolean).map(Number);
        return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top } as DOMRect;
      },
    });
  }
  const style = (element: Element) => {
    const declared = Object.fromEntries(
      (element.getAttribute('style') ?? '')
        .split(';')
        .map((rule) => rule.split(':').map((part) => part.trim()))
        .filter((rule): rule is [string, string] => rule.length === 2),
    );
    return {
      display: declared.display ?? 'inline',
      visibility: declared.visibility ?? 'visible',
      opacity: declared.opacity ?? '1',
      backgroundImage: 'none',
    };
  };
  const globals: Record<string, unknown> = {
    document: win.document,
    location: { href: PAGE_URL },
    MutationObserver: win.MutationObserver,
    HTMLImageElement: win.HTMLImageElement,
    getComputedStyle: style,
    addEventListener: () => undefined,
    scrollX: 0,
    scrollY: 0,
    innerWidth: 1280,
    innerHeight: 800,
  };
  const saved = new Map(Object.keys(globals).map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]));
  for (const [name, value] of Object.entries(globals))
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  Object.defineProperty(win.document, 'URL', { value: PAGE_URL, configurable: true });
  Object.defineProperty(win.document.documentElement, 'scrollWidth', { value: 1280, configurable: true });
  Object.defineProperty(win.document.documentElement, 'scrollHeight', { value: 4000, configurable: true });
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  };
}

interface Report {
  found: Array<{ ref: string; candidate: Candidate }>;
  notChecked: number;
}

function scan(): { reports: Report[]; controller: AbortController } {
  const reports: Report[] = [];
  const hooks: ScannerHooks = {
    onReset: () => undefined,
    onFound: (_url, _navigation, found, notChecked) => reports.push({ found, notChecked }),
  };
  const controller = new AbortController();
  startScanner(hooks, controller.signal, { finder: FINDER, prioritise: async (unseen) => prioritised(unseen) });
  return { reports, controller };
}

const pixels = (count: number, attributes = '') =>
  Array.from({ length: count }, (_, i) => `<img src="/pixel.png?n=${i + 1}" alt="" data-box="10 10 1 1" ${attributes}>`).join('');
const FORGED = '<img id="forged" src="/badges/forged.png" alt="Data Science Foundations" data-box="100 200 96 96">';

describe('page scanner: which candidates the per-page limit goes to', () => {
  let restore: () => void = () => undefined;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    restore();
    vi.useRealTimers();
  });

  it('300 invisible 1-pixel images and one visible badge: the badge is sent, the one left out is counted', async () => {
    restore = installPage(`${pixels(MAX_CANDIDATES_PER_PAGE)}${FORGED}`);
    const { reports, controller } = scan();
    await vi.runAllTimersAsync();
    controller.abort();
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report?.found).toHaveLength(MAX_CANDIDATES_PER_PAGE);
    expect(report?.found[0]).toEqual({ ref: 'r1', candidate: { kind: 'image', url: 'https://cv.example.net/badges/forged.png' } });
    expect(report?.notChecked).toBe(1);
    expect(report?.found.map((f) => (f.candidate.kind === 'image' ? f.candidate.url : ''))).not.toContain(
      `https://cv.example.net/pixel.png?n=${MAX_CANDIDATES_PER_PAGE}`,
    );
  });

  it.each([
    ['transparent', 'style="opacity: 0"'],
    ['hidden', 'style="visibility: hidden"'],
    ['not displayed', 'style="display: none"'],
  ])('images that are %s rank below a visible badge however big they are', async (_name, hidden) => {
    const big = Array.from(
      { length: MAX_CANDIDATES_PER_PAGE },
      (_, i) => `<img src="/big.png?n=${i}" alt="" data-box="0 0 300 300" ${hidden}>`,
    ).join('');
    restore = installPage(`${big}${FORGED}`);
    const { reports, controller } = scan();
    await vi.runAllTimersAsync();
    controller.abort();
    expect(reports[0]?.found[0]?.candidate).toEqual({ kind: 'image', url: 'https://cv.example.net/badges/forged.png' });
    expect(reports[0]?.notChecked).toBe(1);
  });

  it('images far off the page rank below a visible badge, even one far down the page', async () => {
    const away = Array.from(
      { length: MAX_CANDIDATES_PER_PAGE },
      (_, i) => `<img src="/away.png?n=${i}" alt="" data-box="-10000 3000 40 40">`,
    ).join('');
    const farDown = '<img src="/badges/forged.png" alt="Data Science Foundations" data-box="100 3000 96 96">';
    restore = installPage(`${away}${farDown}`);
    const { reports, controller } = scan();
    await vi.runAllTimersAsync();
    controller.abort();
    expect(reports[0]?.found[0]?.candidate).toEqual({ kind: 'image', url: 'https://cv.example.net/badges/forged.png' });
  });

  it('thousands of hidden credential links, which are found before images, do not keep a visible badge from being looked at', async () => {
    const links = Array.from({ length: 3000 }, (_, i) => `<a href="/c/${i}.json" style="display: none">x</a>`).join('');
    restore = installPage(`${links}${FORGED}`);
    const { reports, controller } = scan();
    await vi.runAllTimersAsync();
    controller.abort();
    expect(reports[0]?.found[0]?.candidate).toEqual({ kind: 'image', url: 'https://cv.example.net/badges/forged.png' });
    expect(reports[0]?.notChecked).toBe(3000 + 1 - MAX_CANDIDATES_PER_PAGE);
  });

  it('keeps page order when everything fits, and reports nothing left out', async () => {
    restore = installPage(`${pixels(3)}${FORGED}`);
    const { reports, controller } = scan();
    await vi.runAllTimersAsync();
    controller.abort();
    expect(reports[0]?.found.map((f) => f.ref)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(reports[0]?.found[3]?.candidate).toEqual({ kind: 'image', url: 'https://cv.example.net/badges/forged.png' });
    expect(reports[0]?.notChecked).toBe(0);
  });
});
