import { createOverlay } from '../../components/overlay';
import { shareHostRegistry } from '../../components/overlay/shadow-host';
import { setPagePerson } from '../../components/page-person';
import { pagePersonName } from '../../lib/detect/person-name';
import type { ContentMessage, Reply } from '../../lib/protocol/messages';
import { DEFAULT_SETTINGS, settingsSchema, type TabItem } from '../../lib/protocol/schemas';
import { pageCandidatesMessage, pagePersonMessage } from './candidates-message';
import { createTracking } from './element-refs';
import { readToContentMessage, savedOutcome } from './outgoing';
import { pendingItemsOf } from './pending-items';
import type { startScanner } from './page-scanner';
import { prioritised } from './prioritised';

/** What the page's view needs from the eager script: its line to the background and its scanner. */
export interface PageViewDeps {
  /** Sends to the background; `undefined` when it did not answer (or the script has stopped). */
  send(message: ContentMessage): Promise<Reply | undefined>;
  /** `isLive`: the ref still belongs to a badge on this page view; `track`: the view hands in retire and move tracking. */
  scanner: Pick<ReturnType<typeof startScanner>, 'anchorFor' | 'isLive' | 'navigationId' | 'track'>;
  /** Aborted when the script stops: the overlay goes with it. */
  signal: AbortSignal;
}

/** The page's chips and cards, kept to what the background says of each found item. */
export interface PageView {
  /** A new page view began: no items, and its person is sent again. */
  reset(): void;
  /** Candidates went to the background (`replied` its answer): their pending items, and the page's person. */
  found(replied: Promise<Reply | undefined>, navigationId: string): void;
  /** Their badges are gone (the scanner retired them, which the view tells the background): their chips and rows go. */
  retired(refs: readonly string[]): void;
  /** A message from the background (validated here; anything else is ignored). */
  pushed(message: unknown): void;
}

/**
 * What the content script loads only once a page has a candidate (`load-view.ts`): the overlay
 * (Preact, the card, its CSS), the items it draws, and everything that needs zod — validating the
 * background's answers and pushes, reading the full settings, capping an over-long candidate.
 */
export interface ContentView {
  /** The page's view, made once per script (the eager script keeps it). */
  pageView(deps: PageViewDeps): PageView;
  /** `page-candidates` with every field cut to the background's limits (for what `fitsUncut` did not pass). */
  pageCandidatesMessage: typeof pageCandidatesMessage;
  /** Which candidates the per-page limit goes to, when a page has more. */
  prioritised: typeof prioritised;
  /** The stored settings, validated: may this host be scanned? */
  scanAllowed(stored: unknown, hostname: string): boolean;
}

/** The view, its overlay hosts recognised by the scanner's `registry` (the two are bundled apart). */
export function makeContentView(registry: WeakSet<Node>): ContentView {
  shareHostRegistry(registry);
  return {
    pageView,
    pageCandidatesMessage,
    prioritised,
    scanAllowed(stored, hostname) {
      const settings = settingsSchema.safeParse(stored).data ?? DEFAULT_SETTINGS;
      return settings.autoScan && !settings.disabledSites.includes(hostname);
    },
  };
}

function pageView(deps: PageViewDeps): PageView {
  const { send } = deps;
  const items = new Map<string, TabItem>();
  let personSent: string | undefined;
  const overlay = createOverlay({
    anchorFor: deps.scanner.anchorFor,
    onRecheck: (ref) => void send({ type: 'recheck', ref }),
    onCheckAnchor: (ref) => send({ type: 'recheck', ref, anchors: true }),
    onSave: (ref) => send({ type: 'save-to-backpack', ref }).then(savedOutcome),
  });
  if (deps.signal.aborted) overlay.destroy();
  else deps.signal.addEventListener('abort', () => overlay.destroy());
  const redraw = () => overlay.update([...items.values()]);
  const retired = (refs: readonly string[]) => {
    for (const ref of refs) items.delete(ref);
    redraw();
  };
  deps.scanner.track(
    createTracking({
      onRetired(_pageUrl, navigationId, refs) {
        retired(refs);
        void send({ type: 'retire', navigationId, refs });
      },
      onAnchorsMoved: redraw,
    }),
  );
  return {
    reset() {
      items.clear();
      personSent = undefined;
      redraw();
    },
    async found(replied, navigationId) {
      const person = pagePersonName(document);
      setPagePerson(person);
      const reply = await replied;
      if (person && person !== personSent) {
        personSent = person;
        void send(pagePersonMessage(navigationId, person));
      }
      for (const item of pendingItemsOf(reply, deps.scanner.navigationId()))
        if (!items.has(item.ref) && deps.scanner.isLive(item.ref)) items.set(item.ref, item);
      redraw();
    },
    retired,
    pushed(message) {
      const parsed = readToContentMessage(message);
      if (!parsed || parsed.navigationId !== deps.scanner.navigationId()) return;
      for (const item of parsed.items) if (deps.scanner.isLive(item.ref)) items.set(item.ref, item);
      redraw();
    },
  };
}
