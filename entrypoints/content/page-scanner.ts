import { isOverlayElement } from '../../components/overlay';
import { candidateKey, MAX_CANDIDATES_PER_PAGE, type Candidate } from '../../lib/detect/candidate';
import { findCandidates, SCANNED_ATTRIBUTES } from '../../lib/detect/find-candidates';
import { byPriority, candidatePriority } from '../../lib/detect/priority';
import { backgroundImageOf } from './background-image';
import { visibilityOf } from './visibility';

export interface ScannerHooks {
  /** A new page or SPA view began; everything known so far belongs to the old one. */
  onReset(pageUrl: string, navigationId: string): void;
  /** `notChecked`: how many candidates of this page view were left out, the per-page limit being reached. */
  onFound(pageUrl: string, navigationId: string, found: Array<{ ref: string; candidate: Candidate }>, notChecked: number): void;
  /** A known badge was redrawn on a new element: move its chip. */
  onAnchorsMoved(): void;
}

const DEBOUNCE_MS = 250;
/**
 * Candidates looked at per scan, so the limit goes to the most visible, badge-like of them; well above
 * the limit, since `findCandidates` meets links before images and a page may hide thousands of either.
 */
const CONSIDERED_PER_SCAN = 5000;

/**
 * Finds badges now and whenever the page changes: one MutationObserver, debounced; each badge
 * reported once per page view, however often the page re-renders it.
 */
export function startScanner(hooks: ScannerHooks, signal: AbortSignal) {
  let navigationId = newId();
  let pageUrl = location.href;
  let refs = new Map<string, string>();
  /** Keys of candidates left out for want of room. */
  let notChecked = new Set<string>();
  const anchors = new Map<string, WeakRef<Element>>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function scan() {
    timer = undefined;
    if (signal.aborted) return;
    if (location.href !== pageUrl) return navigate();
    const found = findCandidates(document, location.href, { backgroundImageOf, limit: CONSIDERED_PER_SCAN });
    const unseen: Array<{ key: string; candidate: Candidate; element: Element }> = [];
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
      if (!notChecked.has(key)) unseen.push({ key, candidate, element });
    }
    const reported = notChecked.size;
    const fresh: Array<{ ref: string; candidate: Candidate }> = [];
    for (const { key, candidate, element } of prioritised(unseen, MAX_CANDIDATES_PER_PAGE - refs.size)) {
      if (refs.size >= MAX_CANDIDATES_PER_PAGE) {
        notChecked.add(key);
        continue;
      }
      const ref = `r${refs.size + 1}`;
      refs.set(key, ref);
      anchors.set(ref, new WeakRef(element));
      fresh.push({ ref, candidate });
    }
    if (fresh.length || notChecked.size !== reported) hooks.onFound(pageUrl, navigationId, fresh, notChecked.size);
    if (moved) hooks.onAnchorsMoved();
  }

  function navigate() {
    pageUrl = location.href;
    navigationId = newId();
    refs = new Map();
    notChecked = new Set();
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

/** Page order while everything fits; when it does not, the candidates a reader sees and that look like badges first. */
function prioritised<T extends { candidate: Candidate; element: Element }>(unseen: T[], room: number): T[] {
  if (unseen.length <= room) return unseen;
  return byPriority(unseen, ({ candidate, element }) => candidatePriority(candidate, visibilityOf(element)));
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
