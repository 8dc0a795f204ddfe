import { isOverlayElement } from '../../components/overlay';
import { candidateKey, MAX_CANDIDATES_PER_PAGE, type Candidate } from '../../lib/detect/candidate';
import { findCandidates, SCANNED_ATTRIBUTES } from '../../lib/detect/find-candidates';
import { backgroundImageOf } from './background-image';

export interface ScannerHooks {
  /** A new page or SPA view began; everything known so far belongs to the old one. */
  onReset(pageUrl: string, navigationId: string): void;
  onFound(pageUrl: string, navigationId: string, found: Array<{ ref: string; candidate: Candidate }>): void;
  /** A known badge was redrawn on a new element: move its chip. */
  onAnchorsMoved(): void;
}

const DEBOUNCE_MS = 250;

/**
 * Finds badges now and whenever the page changes: one MutationObserver, debounced; each badge
 * reported once per page view, however often the page re-renders it.
 */
export function startScanner(hooks: ScannerHooks, signal: AbortSignal) {
  let navigationId = newId();
  let pageUrl = location.href;
  let refs = new Map<string, string>();
  const anchors = new Map<string, WeakRef<Element>>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function scan() {
    timer = undefined;
    if (signal.aborted) return;
    if (location.href !== pageUrl) return navigate();
    const found = findCandidates(document, location.href, { backgroundImageOf });
    const fresh: Array<{ ref: string; candidate: Candidate }> = [];
    let moved = false;
    for (const { candidate, element } of found) {
      const key = candidateKey(candidate);
      const known = refs.get(key);
      if (known) {
        const anchor = anchors.get(known)?.deref();
        if (anchor !== element && !anchor?.isConnected) {
          anchors.set(known, new WeakRef(element));
          moved = true;
        }
        continue;
      }
      if (refs.size >= MAX_CANDIDATES_PER_PAGE) break;
      const ref = `r${refs.size + 1}`;
      refs.set(key, ref);
      anchors.set(ref, new WeakRef(element));
      fresh.push({ ref, candidate });
    }
    if (fresh.length) hooks.onFound(pageUrl, navigationId, fresh);
    if (moved) hooks.onAnchorsMoved();
  }

  function navigate() {
    pageUrl = location.href;
    navigationId = newId();
    refs = new Map();
    anchors.clear();
    hooks.onReset(pageUrl, navigationId);
    schedule(0);
  }

  function schedule(delay = DEBOUNCE_MS) {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(scan, delay);
  }

  const observer = new MutationObserver((mutations) => {
    if (location.href !== pageUrl) return schedule(0);
    if (mutations.every(isOwnChange)) return;
    schedule();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [...SCANNED_ATTRIBUTES],
  });
  addEventListener('popstate', () => schedule(0), { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });

  hooks.onReset(pageUrl, navigationId);
  schedule(0);

  return {
    anchorFor: (ref: string) => {
      const element = anchors.get(ref)?.deref();
      return element?.isConnected ? element : undefined;
    },
    navigationId: () => navigationId,
    rescan: () => schedule(0),
  };
}

/** Chips and cards the overlay draws change the page too; they never need a rescan. */
function isOwnChange(mutation: MutationRecord): boolean {
  const nodes = [...Array.from(mutation.addedNodes), ...Array.from(mutation.removedNodes)];
  if (mutation.type === 'childList') return nodes.length > 0 && nodes.every((n) => isOverlayElement(n));
  return isOverlayElement(mutation.target);
}

function newId(): string {
  return crypto.randomUUID();
}
