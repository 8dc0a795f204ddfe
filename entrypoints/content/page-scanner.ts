import { isOverlayElement } from '../../components/overlay/shadow-host';
import { candidateKey, MAX_CANDIDATES_PER_PAGE, type Candidate } from '../../lib/detect/candidate';
import { findCandidates, SCANNED_ATTRIBUTES, type Found, type Scope } from '../../lib/detect/find-candidates';
import { createLinkMemo } from '../../lib/detect/link-memo';
import { byPriority, candidatePriority } from '../../lib/detect/priority';
import { backgroundImageOf } from './background-image';
import { createChangeLog } from './changed-nodes';
import { createRefBook, createShownIndex, type Reconciled } from './element-refs';
import { visibilityOf } from './visibility';

export interface ScannerHooks {
  /** A new page or SPA view began; everything known so far belongs to the old one. */
  onReset(pageUrl: string, navigationId: string): void;
  /** `notChecked`: how many candidates of this page view are left out, the per-page limit being reached. */
  onFound(pageUrl: string, navigationId: string, found: Array<{ ref: string; candidate: Candidate }>, notChecked: number): void;
  /** Their elements show something else now and nothing else shows their candidates: drop their chips and rows. */
  onRetired(pageUrl: string, navigationId: string, refs: string[]): void;
  /** A known badge was redrawn on a new element: move its chip. */
  onAnchorsMoved(): void;
}

const DEBOUNCE_MS = 250;
/** Candidates looked at per scan, so the ones that matter can be chosen when more than the per-page limit are found. */
const CONSIDERED_PER_SCAN = 5000;

/**
 * Finds badges now and whenever the page changes: one MutationObserver, debounced; each badge
 * reported once per page view, however often the page re-renders it, and retired when its element
 * shows something else (`element-refs.ts`).
 */
export function startScanner(hooks: ScannerHooks, signal: AbortSignal) {
  let navigationId = newId();
  let pageUrl = location.href;
  let refs = createRefBook();
  let memo = createLinkMemo();
  /** Keys of candidates left out for want of room; they are offered again when room frees up. */
  let notChecked = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const changes = createChangeLog(() => refs.anchors());

  function scan(): void {
    timer = undefined;
    if (signal.aborted) return;
    if (location.href !== pageUrl) {
      navigate();
      return;
    }
    const scopes = changes.take();
    if (scopes) {
      scanChanged(scopes);
      return;
    }
    const shown = createShownIndex();
    const found = findCandidates(document, location.href, { backgroundImageOf, onShown: shown.add, limit: CONSIDERED_PER_SCAN, memo });
    report(found, refs.reconcile(shown));
  }

  /** Only subtrees were added or changed, away from every known badge: they can only add candidates. */
  function scanChanged(scopes: Scope[]): void {
    const found = scopes.flatMap((scope) => findCandidates(scope, location.href, { backgroundImageOf, limit: CONSIDERED_PER_SCAN, memo }));
    // A known badge drawn again on a new element moves its chip; only a full scan tells where it now is.
    if (
      found.some(({ candidate }) => {
        const ref = refs.refOf(candidateKey(candidate));
        return ref !== undefined && !refs.anchorFor(ref);
      })
    ) {
      changes.everything();
      scan();
      return;
    }
    report(found, { retired: [], moved: false });
  }

  function report(found: Found[], { retired, moved }: Reconciled) {
    const unseen: Array<{ key: string; candidate: Candidate; element: Element }> = [];
    for (const { candidate, element } of found) {
      const key = candidateKey(candidate);
      if (!refs.refOf(key)) unseen.push({ key, candidate, element });
    }
    const reported = notChecked.size;
    const fresh: Array<{ ref: string; candidate: Candidate }> = [];
    for (const { key, candidate, element } of prioritised(unseen, MAX_CANDIDATES_PER_PAGE - refs.size)) {
      if (refs.size >= MAX_CANDIDATES_PER_PAGE || !refs.canIssue()) {
        notChecked.add(key);
        continue;
      }
      notChecked.delete(key);
      fresh.push({ ref: refs.add(key, element), candidate });
    }
    if (retired.length) hooks.onRetired(pageUrl, navigationId, retired);
    if (fresh.length || notChecked.size !== reported) hooks.onFound(pageUrl, navigationId, fresh, notChecked.size);
    if (moved) hooks.onAnchorsMoved();
  }

  function navigate() {
    pageUrl = location.href;
    navigationId = newId();
    refs = createRefBook();
    changes.everything();
    memo = createLinkMemo();
    notChecked = new Set();
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
    for (const mutation of mutations) changes.mutation(mutation);
    schedule();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [...SCANNED_ATTRIBUTES],
  });
  addEventListener(
    'popstate',
    () => {
      changes.everything();
      schedule(0);
    },
    { signal },
  );
  // An <img> is what it loaded (`currentSrc`), which can change after the scan its new `src` or
  // `srcset` caused, or with no attribute change at all (<picture>, `srcset`). `load` does not bubble.
  // Without `srcset` or `<picture>` an image shows what its `src` says, which the scan its insertion
  // caused already saw: a feed's hundreds of photos settling cost nothing.
  const onImageSettled = (event: Event) => {
    const image = event.target;
    if (!(image instanceof HTMLImageElement) || (!image.hasAttribute('srcset') && image.parentElement?.localName !== 'picture')) return;
    changes.loaded(image);
    schedule();
  };
  document.addEventListener('load', onImageSettled, { capture: true, signal });
  document.addEventListener('error', onImageSettled, { capture: true, signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });

  hooks.onReset(pageUrl, navigationId);
  schedule(0);

  return {
    anchorFor: (ref: string) => refs.anchorFor(ref),
    /** False for refs retired (or of an earlier page view): results for them are stale. */
    isLive: (ref: string) => refs.isLive(ref),
    navigationId: () => navigationId,
    rescan: () => {
      changes.everything();
      schedule(0);
    },
  };
}

/** Page order while everything fits; when it does not, the candidates a reader sees and that look like badges first. */
function prioritised<T extends { candidate: Candidate; element: Element }>(unseen: T[], room: number): T[] {
  if (unseen.length <= room) return unseen;
  return byPriority(unseen, ({ candidate, element }) => candidatePriority(candidate, visibilityOf(element)));
}

/**
 * Chips and cards the overlay draws change the page too; they never need a rescan. Only the overlay's
 * own hosts count, by identity: changes to a page-made element that merely looks like one are scanned.
 */
export function isOwnChange(mutation: MutationRecord): boolean {
  if (mutation.type !== 'childList') return isOverlayElement(mutation.target);
  if (mutation.addedNodes.length + mutation.removedNodes.length === 0) return false;
  for (const list of [mutation.addedNodes, mutation.removedNodes])
    for (let i = 0; i < list.length; i++) if (!isOverlayElement(list[i])) return false;
  return true;
}

function newId(): string {
  return crypto.randomUUID();
}
