import { candidateKey, type Candidate } from '../../lib/detect/candidate';
import type { RefBook } from './ref-book';

/**
 * Refs following what each element shows, carried by the view and handed to the scanner once the page
 * has a candidate (`Tracking`). A ref lives while its candidate is on the page. When its element shows
 * something else (a new `src`, `srcset`, `currentSrc`, `data` or `href`) and no other element shows the
 * candidate, the ref is retired; when another element shows it, the ref moves there.
 */

/** Which elements showed which candidate keys in one scan (filled through `findCandidates`' `onShown`). */
export interface ShownIndex {
  add(element: Element, key: string): void;
  shows(element: Element, key: string): boolean;
  /** The first element (in document order) that shows `key`. */
  firstShowing(key: string): Element | undefined;
}

export function createShownIndex(): ShownIndex {
  const keysOf = new Map<Element, Set<string>>();
  const first = new Map<string, Element>();
  return {
    add(element, key) {
      const keys = keysOf.get(element) ?? new Set<string>();
      keys.add(key);
      keysOf.set(element, keys);
      if (!first.has(key)) first.set(key, element);
    },
    shows: (element, key) => keysOf.get(element)?.has(key) ?? false,
    firstShowing: (key) => first.get(key),
  };
}

export interface Reconciled {
  /** Refs whose candidate is no longer shown by any element, while their element shows something else. */
  retired: string[];
  /** Some live ref's chip now belongs beside another element. */
  moved: boolean;
}

/**
 * After a full scan: keeps each ref on its element while the element still shows its candidate, moves
 * it to another element that does, and retires it when its element, still in the page, shows something
 * else. A ref whose element left the page stays (the page may draw the badge again, as frameworks do
 * when they re-render); its chip goes with the element.
 */
export function reconcile(refs: RefBook, shown: ShownIndex): Reconciled {
  const retired: string[] = [];
  let moved = false;
  for (const [ref, entry] of refs.entries) {
    const element = entry.anchor.deref();
    const inPage = element?.isConnected ?? false;
    if (element && inPage && shown.shows(element, entry.key)) continue;
    const elsewhere = shown.firstShowing(entry.key);
    if (elsewhere) {
      entry.anchor = new WeakRef(elsewhere);
      moved = true;
    } else if (inPage) {
      refs.retire(ref);
      retired.push(ref);
    }
  }
  return { retired, moved };
}

/** Whether a node changed or removed (`touched`) is, or holds, the element of a live ref: only a full scan tells what it shows now. */
export function touchesAnchor(refs: RefBook, touched: ReadonlySet<Node>): boolean {
  if (touched.size === 0) return false;
  for (const entry of refs.entries.values()) {
    const anchor = entry.anchor.deref();
    if (!anchor?.isConnected) continue;
    for (let node: Node | null = anchor; node; node = node.parentNode) if (touched.has(node)) return true;
  }
  return false;
}

/** Whether a subtree scan found a known badge drawn again on a new element (its chip moves; only a full scan tells where it now is). */
export function redrawn(refs: RefBook, found: ReadonlyArray<{ candidate: Candidate }>): boolean {
  return found.some(({ candidate }) => {
    const ref = refs.refOf(candidateKey(candidate));
    return ref !== undefined && !refs.anchorFor(ref);
  });
}

/** What the view does when refs are retired or moved. */
export interface TrackingHooks {
  /** Their elements show something else now and nothing else shows their candidates: drop their chips and rows. */
  onRetired(pageUrl: string, navigationId: string, refs: string[]): void;
  /** A known badge was redrawn on a new element: move its chip. */
  onAnchorsMoved(): void;
}

/** Retire and move tracking for the scanner's `track` (`page-scanner.ts`). */
export function createTracking(hooks: TrackingHooks) {
  return { ...hooks, createShownIndex, reconcile, touchesAnchor, redrawn };
}

export type Tracking = ReturnType<typeof createTracking>;
