import type { browser } from 'wxt/browser';
import type { ContentMessage, PageViewReply, Reply } from '../../lib/protocol/messages';
import { capUrl, URL_MAX } from '../../lib/protocol/limits';
import { loadFinder } from './load-finder';
import { loadView } from './load-view';
import { startScanner } from './page-scanner';
import { mayScan } from './scan-settings';
import type { PageView } from './view';

/**
 * The extension's API without the promise polyfill: Firefox's `browser`, Chrome's `chrome` (whose
 * MV3 storage and runtime calls return promises). The eager script stays small (docs/ARCHITECTURE.md).
 */
const api = ((globalThis as { browser?: typeof browser }).browser ?? (globalThis as { chrome?: typeof browser }).chrome) as typeof browser;
const urlOf = (path: string) => api.runtime.getURL(path as Parameters<typeof api.runtime.getURL>[0]);
const view = () => loadView(urlOf, api.i18n);

/**
 * Finds candidates and tells the background; fetching and verifying happen in the background worker.
 * This part is loaded on every page (`entrypoints/content-scan.ts`, listed in the manifest by
 * wxt.config.ts) and holds only the scanner and the tests a page must pass to hold a candidate; the
 * rest of detection (`finder.ts`) is imported once it passes them, and the overlay, the items it draws
 * and the message checks (`view.ts`) once the page has a candidate.
 */
export function startContentScript(): void {
  const controller = new AbortController();
  const { signal } = controller;
  // The first scan runs while the settings are read; nothing is sent, nor drawn, before they allow it.
  const allowed = scanAllowed()
    .catch(() => false)
    .then((yes) => {
      if (!yes) controller.abort();
      return yes;
    });

  const send = (message: ContentMessage) =>
    allowed.then((yes) =>
      yes && alive(controller) ? (api.runtime.sendMessage(message) as Promise<Reply | undefined>).catch(() => undefined) : undefined,
    );

  let page: PageView | undefined;
  /** Whether this document found a candidate, and so told the background of a page view. */
  let found = false;
  /** The page's view, made on first need (once the view has loaded). */
  const pageView = () => view().then((loaded) => (page ??= loaded.pageView({ send, signal, scanner })));

  const scanner = startScanner(
    {
      onReset(pageUrl, navigationId) {
        // A view that finds nothing tells the background nothing, which would wake its worker on every
        // page; the background asks instead when it reads the tab (`page-view`). Only a view after one
        // that found something resets what the tab shows (its toolbar text outlives in-page navigation).
        if (!found) return;
        page?.reset();
        void send({ type: 'page-reset', pageUrl: capUrl(pageUrl), navigationId });
      },
      onFound(pageUrl, navigationId, fresh, notChecked) {
        found = true;
        // Sent at once, so the background verifies while the view loads; only a candidate over the
        // limits (rare) waits for the view, which cuts it.
        // (Found only by the finder, which is there by then.)
        const replied = loadFinder(urlOf).then((finder) =>
          pageUrl.length <= URL_MAX && fresh.every((entry) => finder.fitsUncut(entry.candidate))
            ? send({ type: 'page-candidates', pageUrl, navigationId, found: fresh, notChecked })
            : view().then((loaded) => send(loaded.pageCandidatesMessage(pageUrl, navigationId, fresh, notChecked))),
        );
        void allowed.then((yes) => {
          if (yes) void pageView().then((p) => p.found(replied, navigationId));
        });
      },
    },
    signal,
    {
      prioritise: (unseen) => view().then((loaded) => loaded.prioritised(unseen)),
      beforeScan: () => alive(controller),
      // Where a candidate is all but sure, the view loads beside the finder: the chip waits for both.
      loadFinder: (likely) => {
        if (likely) void view();
        return loadFinder(urlOf);
      },
    },
  );

  const onMessage = (message: unknown, sender: { id?: string }, answer: (reply?: PageViewReply) => void) => {
    if (sender.id !== api.runtime.id) return;
    if ((message as { type?: unknown } | null)?.type !== 'page-view') return void pageView().then((p) => p.pushed(message));
    void allowed.then((yes) => answer(yes ? { navigationId: scanner.navigationId(), pageUrl: capUrl(document.URL) } : undefined));
    return true;
  };
  api.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => api.runtime.onMessage.removeListener(onMessage));
}

/** Whether the stored settings let this page be scanned; only a "no" is confirmed by the view's full schema. */
async function scanAllowed(): Promise<boolean> {
  const { settings: stored } = await api.storage.local.get('settings');
  return mayScan(stored, location.hostname) || view().then((v) => v.scanAllowed(stored, location.hostname));
}

/** When `alive` last asked for `runtime.id` (a call into the extension API, not asked on every scan). */
let checkedAt = 0;

/**
 * False once the extension was reloaded, updated or removed: this copy of the script lives on in the
 * page, cut off (`runtime.id` is gone), and stops, taking its observer and overlay with it. (Chrome
 * does not inject the new version into open pages, and Firefox ends the old one itself. WXT's context
 * also told copies apart with page-visible events carrying the extension's id; this script announces
 * nothing to the page.)
 */
function alive(controller: AbortController): boolean {
  const now = Date.now();
  if (now - checkedAt > 1000) {
    checkedAt = now;
    if (!api.runtime?.id) controller.abort();
  }
  return !controller.signal.aborted;
}
