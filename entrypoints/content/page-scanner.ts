import type { Candidate } from '../../lib/detect/candidate';
import type { fitsUncut } from '../../lib/protocol/cap-candidate';
import { mayHoldCandidates, SCANNED_ATTRIBUTES } from '../../lib/detect/scan-query';
import { backgroundImageOf } from './background-image';
import { createChangeLog } from './changed-nodes';
import type { Tracking } from './element-refs';
import type { createPageFinds, PageFinds, Taken, Unseen } from './page-finds';
import { runInSlices, type SliceOptions } from './slices';

export type { Unseen } from './page-finds';

export interface ScannerHooks {
  /** A new page or SPA view began; everything known so far belongs to the old one. */
  onReset(pageUrl: string, navigationId: string): void;
  /** `notChecked`: how many candidates of this page view are left out, the per-page limit being reached. */
  onFound(pageUrl: string, navigationId: string, found: Array<{ ref: string; candidate: Candidate }>, notChecked: number): void;
}

/**
 * What makes candidates of what a scan reads, a page view at a time (`page-finds.ts`, with
 * `find-candidates.ts` and the platforms' rules): `content-detect.js` hands it over; tests pass it in.
 */
export interface Finder {
  pageFinds: typeof createPageFinds;
  /** Whether a candidate is sent as it is (`cap-candidate.ts`): only one over the limits waits for the view, which cuts it. */
  fitsUncut: typeof fitsUncut;
}

export interface ScannerOptions {
  /**
   * Makes candidates from the first scan. Without it, scans only ask whether the page may hold one
   * (`mayHoldCandidates`) until one says yes; then `loadFinder` brings it and the page is scanned again.
   */
  finder?: Finder;
  /** `likely`: an element other than a link passed (`Probed`), so the page almost surely holds a candidate. */
  loadFinder?: (likely: boolean) => Promise<Finder>;
  /**
   * Orders candidates when more are found than the per-page limit leaves room for (`prioritised.ts`,
   * which the view carries: only a page with candidates needs it). Page order without it.
   */
  prioritise?: (unseen: Unseen[]) => Promise<Unseen[]>;
  /** Asked before each scan whether the scanner is still wanted; `false` ends nothing by itself (the signal does). */
  beforeScan?: () => boolean;
  /** How scans are sliced (tests). */
  slices?: Omit<SliceOptions, 'stopped'>;
}

const DEBOUNCE_MS = 250;
/**
 * The debounce while the page keeps changing and the scans of its changes keep finding nothing (a
 * feed of plain cards, every 100 ms): each scan costs a task and its set-up whatever it scans, so
 * scans then come half as often. Every change is still scanned, at most this long after it came.
 */
const BUSY_DEBOUNCE_MS = 500;
/** Scans in a row that found nothing new before the debounce is `BUSY_DEBOUNCE_MS`. */
const IDLE_SCANS_BEFORE_BUSY = 2;
/** A change this long after the last scan ended finds the page quiet again: `DEBOUNCE_MS`. */
const BUSY_GAP_MS = 1000;

/**
 * Finds badges now and whenever the page changes: one MutationObserver, debounced; each badge
 * reported once per page view, however often the page re-renders it (`ref-book.ts`), and, once the
 * view hands in its tracking (`track`, `element-refs.ts`), retired when its element shows something
 * else or moved when it is drawn elsewhere. A scan runs in slices of a few milliseconds
 * (`slices.ts`); changes made meanwhile are logged for the next one.
 */
export function startScanner(hooks: ScannerHooks, signal: AbortSignal, options: ScannerOptions = {}) {
  // The page's address is read as `document.URL`: the same as `location.href` (history.pushState
  // changes both), and cheaper to read from a content script, which does so on every mutation batch.
  let navigationId = newId();
  let pageUrl = document.URL;
  let finder = options.finder;
  /** Asked for once, at the first probe that said yes. */
  let finderAsked = false;
  /** This page view's candidates, once there is a finder. */
  let finds: PageFinds | undefined = finder?.pageFinds();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  /** The delay of a scan asked for while one ran. */
  let rerun: number | undefined;
  /** Retire and move tracking, from the view; until then refs are only handed out. */
  let tracking: Tracking | undefined;
  /** A scan ran while refs were out and nothing tracked them: what it missed, a full scan tells once tracking comes. */
  let untracked = false;
  /** Scans in a row that reported nothing new, and when the last scan ended (`BUSY_DEBOUNCE_MS`). */
  let idleScans = 0;
  let lastScanEnd = Number.NEGATIVE_INFINITY;

  const changes = createChangeLog((touched) => (finds && tracking?.touchesAnchor(finds.refs, touched)) ?? false);
  const query = { backgroundImageOf, onPickedImage: watchPicked };

  async function scan(): Promise<void> {
    timer = undefined;
    if (options.beforeScan?.() === false || signal.aborted) return;
    if (document.URL !== pageUrl) return navigate();
    running = true;
    try {
      await scanOnce(navigationId);
    } finally {
      running = false;
      lastScanEnd = Date.now();
      if (rerun !== undefined) schedule(rerun);
      rerun = undefined;
    }
  }

  async function scanOnce(view: string): Promise<void> {
    const stopped = () => signal.aborted || view !== navigationId || document.URL !== pageUrl;
    if (!finds) return probe(stopped);
    if (!tracking && finds.refs.size) untracked = true;
    const { prioritise, slices } = options;
    const taken = await finds.scan(pageUrl, { changes, tracking, query, slices, prioritise, stopped });
    if (taken) report(taken);
  }

  /**
   * Until there is a finder: whether what changed may hold a candidate; at the first yes, the finder
   * is asked for, and once it is there the whole page is scanned (so the changes logged meanwhile are
   * not looked at here).
   */
  async function probe(stopped: () => boolean): Promise<void> {
    const scope = changes.take();
    if (finderAsked) return;
    const maybe = await runInSlices(mayHoldCandidates(scope ?? document, pageUrl, query), { ...options.slices, stopped });
    if (maybe === undefined) changes.everything();
    if (!maybe || finderAsked || !options.loadFinder) return;
    finderAsked = true;
    // A finder that fails to load (the extension went away) leaves the page unscanned, as before it.
    options.loadFinder(maybe === 'element').then(
      (given) => {
        if (signal.aborted) return;
        finder = given;
        finds = given.pageFinds();
        scanNow();
      },
      () => undefined,
    );
  }

  function report({ fresh, notChecked, leftOutChanged, retired, moved }: Taken) {
    idleScans = fresh.length || retired.length || moved || leftOutChanged ? 0 : idleScans + 1;
    if (retired.length) tracking?.onRetired(pageUrl, navigationId, retired);
    if (fresh.length || leftOutChanged) hooks.onFound(pageUrl, navigationId, fresh, notChecked);
    if (moved) tracking?.onAnchorsMoved();
  }

  function navigate() {
    idleScans = 0;
    pageUrl = document.URL;
    navigationId = newId();
    finds = finder?.pageFinds();
    untracked = false;
    changes.everything();
    hooks.onReset(pageUrl, navigationId);
    schedule(0);
  }

  /** The whole page scanned at once, not in a task of its own: what the first candidate waits for. */
  function scanNow() {
    changes.everything();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (running) rerun = 0;
    else void scan();
  }

  function rescan() {
    changes.everything();
    schedule(0);
  }

  function schedule(delay = changeDelay()) {
    if (signal.aborted) return;
    if (running) rerun = Math.min(rerun ?? delay, delay);
    else if (timer === undefined) timer = setTimeout(scan, delay);
  }

  /** How long after a change its scan comes: longer only while changes keep coming and finding nothing. */
  function changeDelay(): number {
    return idleScans >= IDLE_SCANS_BEFORE_BUSY && Date.now() - lastScanEnd < BUSY_GAP_MS ? BUSY_DEBOUNCE_MS : DEBOUNCE_MS;
  }

  // The address is not read here, on every batch of changes (a feed makes hundreds): the scan reads it,
  // and an in-page navigation (history.pushState) is heard from the Navigation API where there is one.
  const observer = new MutationObserver((mutations) => {
    let relevant = false;
    for (const mutation of mutations) if (changes.mutation(mutation)) relevant = true;
    if (relevant) schedule();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [...SCANNED_ATTRIBUTES],
  });
  (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('navigate', () => schedule(0), { signal });
  addEventListener('popstate', rescan, { signal });
  // An <img> with `srcset` or in a <picture> is what it loaded (`currentSrc`), which can change after
  // the scan that saw it with no attribute change at all. Only those images are listened to: a feed's
  // hundreds of plain photos show what their `src` says, which the scan their insertion caused saw.
  const watched = new WeakSet<Element>();
  const onPickedLoad = (event: Event) => {
    changes.loaded(event.target as Element);
    schedule();
  };
  function watchPicked(image: Element) {
    if (watched.has(image)) return;
    watched.add(image);
    image.addEventListener('load', onPickedLoad, { signal });
    image.addEventListener('error', onPickedLoad, { signal });
  }
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });

  hooks.onReset(pageUrl, navigationId);
  // The first scan at once, in the script's own task: a timer's task can wait behind the page's.
  void scan();

  return {
    anchorFor: (ref: string) => finds?.refs.anchorFor(ref),
    /** False for refs retired (or of an earlier page view): results for them are stale. */
    isLive: (ref: string) => finds?.refs.isLive(ref) ?? false,
    navigationId: () => navigationId,
    rescan,
    /** Starts retiring and moving refs; a rescan follows when scans ran without it while refs were out. */
    track(given: Tracking) {
      tracking = given;
      if (untracked) rescan();
    },
  };
}

export { isOwnChange } from './changed-nodes';

function newId(): string {
  return crypto.randomUUID();
}
