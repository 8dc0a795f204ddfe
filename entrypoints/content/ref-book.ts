/**
 * Which ref stands for which candidate in this page view, and which element its chip goes beside.
 * A ref lives while its candidate is on the page. When its element shows something else (a new `src`,
 * `srcset`, `currentSrc`, `data` or `href`) and no other element shows the candidate, the ref is
 * retired: its chip and popup row go, and what the element shows now is a new candidate with a new ref.
 * Refs are never reused within a page view, so a late result for a retired ref matches nothing.
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

/**
 * Refs handed out per page view, retired ones included: with retiring, a page that keeps swapping its
 * images could otherwise have new sources verified forever; this keeps the work a page view can cause
 * bounded, as the per-page limit did before refs could be retired.
 */
export const MAX_REFS_PER_PAGE_VIEW = 600;

interface Entry {
  key: string;
  anchor: WeakRef<Element>;
}

export interface Reconciled {
  /** Refs whose candidate is no longer shown by any element, while their element shows something else. */
  retired: string[];
  /** Some live ref's chip now belongs beside another element. */
  moved: boolean;
}

export function createRefBook() {
  let issued = 0;
  const byKey = new Map<string, string>();
  const entries = new Map<string, Entry>();

  return {
    /** Live refs (retired ones no longer count). */
    get size() {
      return entries.size;
    },
    /** False once this page view has handed out `MAX_REFS_PER_PAGE_VIEW` refs. */
    canIssue: () => issued < MAX_REFS_PER_PAGE_VIEW,
    refOf: (key: string) => byKey.get(key),
    isLive: (ref: string) => entries.has(ref),
    add(key: string, element: Element): string {
      issued += 1;
      const ref = `r${issued}`;
      byKey.set(key, ref);
      entries.set(ref, { key, anchor: new WeakRef(element) });
      return ref;
    },
    /** The elements of the live refs that are in the page. */
    *anchors(): Generator<Element> {
      for (const entry of entries.values()) {
        const element = entry.anchor.deref();
        if (element?.isConnected) yield element;
      }
    },
    /** The element of a live ref, while it is in the page. */
    anchorFor(ref: string): Element | undefined {
      const element = entries.get(ref)?.anchor.deref();
      return element?.isConnected ? element : undefined;
    },
    /**
     * After a scan: keeps each ref on its element while the element still shows its candidate, moves it
     * to another element that does, and retires it when its element, still in the page, shows something
     * else. A ref whose element left the page stays (the page may draw the badge again, as frameworks
     * do when they re-render); its chip goes with the element.
     */
    reconcile(shown: ShownIndex): Reconciled {
      const retired: string[] = [];
      let moved = false;
      for (const [ref, entry] of entries) {
        const element = entry.anchor.deref();
        const inPage = element?.isConnected ?? false;
        if (element && inPage && shown.shows(element, entry.key)) continue;
        const elsewhere = shown.firstShowing(entry.key);
        if (elsewhere) {
          entry.anchor = new WeakRef(elsewhere);
          moved = true;
        } else if (inPage) {
          entries.delete(ref);
          byKey.delete(entry.key);
          retired.push(ref);
        }
      }
      return { retired, moved };
    },
  };
}

export type RefBook = ReturnType<typeof createRefBook>;
