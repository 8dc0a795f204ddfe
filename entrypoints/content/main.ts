import type { browser } from 'wxt/browser';
import type { ContentMessage, Reply } from '../../lib/protocol/messages';
import { capUrl } from '../../lib/protocol/limits';
import type { TabItem } from '../../lib/protocol/schemas';
import { pageCandidatesMessage, pagePersonMessage } from './candidates-message';
import { loadView } from './load-view';
import { startScanner } from './page-scanner';
import { mayScan } from './scan-settings';
import type { ContentView } from './view';

/**
 * The extension's API without the promise polyfill: Firefox's `browser`, Chrome's `chrome` (whose
 * MV3 storage and runtime calls return promises). The eager script stays small (docs/ARCHITECTURE.md).
 */
const api = ((globalThis as { browser?: typeof browser }).browser ?? (globalThis as { chrome?: typeof browser }).chrome) as typeof browser;
const urlOf = (path: string) => api.runtime.getURL(path as Parameters<typeof api.runtime.getURL>[0]);

/**
 * Finds candidates and draws verdicts; fetching and verifying happen in the background worker. This
 * part is loaded on every page (`entrypoints/content-scan.ts`, listed in the manifest by
 * wxt.config.ts) and holds only the scanner; the overlay and the message checks (`view.ts`) are
 * imported once the page has a candidate.
 */
export async function startContentScript(): Promise<void> {
  const controller = new AbortController();
  const { settings: stored } = await api.storage.local.get('settings');
  if (controller.signal.aborted) return;
  if (!mayScan(stored, location.hostname) && !(await loadView(urlOf, api.i18n).then((v) => v.scanAllowed(stored, location.hostname))))
    return;

  const items = new Map<string, TabItem>();
  const send = (message: ContentMessage) =>
    alive(controller)
      ? (api.runtime.sendMessage(message) as Promise<Reply | undefined>).catch(() => undefined)
      : Promise.resolve(undefined);

  let overlay: ReturnType<ContentView['createOverlay']> | undefined;
  /** The view, loaded on first need; the overlay made with it once. */
  const view = () =>
    loadView(urlOf, api.i18n).then((loaded) => {
      if (!overlay && !controller.signal.aborted) {
        overlay = loaded.createOverlay({
          anchorFor: (ref: string) => scanner.anchorFor(ref),
          onRecheck: (ref: string) => void send({ type: 'recheck', ref }),
          onCheckAnchor: (ref: string) => send({ type: 'recheck', ref, anchors: true }),
          onSave: (ref: string) => send({ type: 'save-to-backpack', ref }).then(loaded.savedOutcome),
        });
        controller.signal.addEventListener('abort', () => overlay?.destroy());
      }
      return loaded;
    });
  const redraw = () => overlay?.update([...items.values()]);
  let personSent: string | undefined;

  const scanner = startScanner(
    {
      onReset(pageUrl, navigationId) {
        items.clear();
        personSent = undefined;
        redraw();
        void send({ type: 'page-reset', pageUrl: capUrl(pageUrl), navigationId });
      },
      onFound(pageUrl, navigationId, found, notChecked) {
        // Sent at once: the background verifies while the overlay half loads; the person follows.
        const replied = send(pageCandidatesMessage(pageUrl, navigationId, found, notChecked));
        void view().then(async (loaded) => {
          const person = loaded.pagePersonName(document);
          loaded.setPagePerson(person);
          const reply = await replied;
          if (person && person !== personSent) {
            personSent = person;
            void send(pagePersonMessage(navigationId, person));
          }
          for (const item of loaded.pendingItemsOf(reply, scanner.navigationId())) if (!items.has(item.ref)) items.set(item.ref, item);
          redraw();
        });
      },
      onRetired(_pageUrl, navigationId, refs) {
        for (const ref of refs) items.delete(ref);
        redraw();
        void send({ type: 'retire', navigationId, refs });
      },
      onAnchorsMoved: redraw,
    },
    controller.signal,
    { prioritise: (unseen) => view().then((loaded) => loaded.prioritised(unseen)), beforeScan: () => alive(controller) },
  );

  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== api.runtime.id) return;
    void view().then((loaded) => {
      const parsed = loaded.readToContentMessage(message);
      if (!parsed || parsed.navigationId !== scanner.navigationId()) return;
      for (const item of parsed.items) if (scanner.isLive(item.ref)) items.set(item.ref, item);
      redraw();
    });
  };
  api.runtime.onMessage.addListener(onMessage);
  controller.signal.addEventListener('abort', () => api.runtime.onMessage.removeListener(onMessage));
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
