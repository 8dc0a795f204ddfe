import { createOverlay, type Overlay, type OverlayOptions } from '../../components/overlay';
import { shareHostRegistry } from '../../components/overlay/shadow-host';
import { DEFAULT_SETTINGS, settingsSchema } from '../../lib/protocol/schemas';
import { readToContentMessage, savedOutcome } from './outgoing';
import { pendingItemsOf } from './pending-items';
import { prioritised } from './prioritised';
import { setPagePerson } from '../../components/page-person';
import { pagePersonName } from '../../lib/detect/person-name';

/**
 * What the content script loads only once a page has a candidate (`load-view.ts`): the overlay
 * (Preact, the card, its CSS) and everything that needs zod — validating the background's answers
 * and pushes, reading the full settings.
 */
export interface ContentView {
  createOverlay(options: OverlayOptions): Overlay;
  readToContentMessage: typeof readToContentMessage;
  pendingItemsOf: typeof pendingItemsOf;
  /** Whose page this is (read from the page, then kept for the cards' recipient match). */
  pagePersonName: typeof pagePersonName;
  setPagePerson: typeof setPagePerson;
  /** What the background said to "Save to my backpack". */
  savedOutcome: typeof savedOutcome;
  /** Which candidates the per-page limit goes to, when a page has more. */
  prioritised: typeof prioritised;
  /** The stored settings, validated: may this host be scanned? */
  scanAllowed(stored: unknown, hostname: string): boolean;
}

/** The view, its overlay hosts recognised by the scanner's `registry` (the two are bundled apart). */
export function makeContentView(registry: WeakSet<Node>): ContentView {
  shareHostRegistry(registry);
  return {
    createOverlay,
    readToContentMessage,
    pendingItemsOf,
    savedOutcome,
    prioritised,
    pagePersonName,
    setPagePerson,
    scanAllowed(stored, hostname) {
      const settings = settingsSchema.safeParse(stored).data ?? DEFAULT_SETTINGS;
      return settings.autoScan && !settings.disabledSites.includes(hostname);
    },
  };
}
