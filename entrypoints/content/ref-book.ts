/**
 * Which ref stands for which candidate in this page view, and which element its chip goes beside:
 * what the eager scanner needs to report a candidate once. Retiring and moving refs as their elements
 * change is the view's (`element-refs.ts`), handed to the scanner once there is a candidate.
 * Refs are never reused within a page view, so a late result for a retired ref matches nothing.
 */

/**
 * Refs handed out per page view, retired ones included: with retiring, a page that keeps swapping its
 * images could otherwise have new sources verified forever; this keeps the work a page view can cause
 * bounded, as the per-page limit did before refs could be retired.
 */
export const MAX_REFS_PER_PAGE_VIEW = 600;

/** A live ref: its candidate's key and the element its chip goes beside (which a move changes). */
export interface RefEntry {
  key: string;
  anchor: WeakRef<Element>;
}

export function createRefBook() {
  let issued = 0;
  const byKey = new Map<string, string>();
  const entries = new Map<string, RefEntry>();

  return {
    /** The live refs, by ref. */
    entries: entries as ReadonlyMap<string, RefEntry>,
    /** Live refs (retired ones no longer count). */
    get size() {
      return entries.size;
    },
    /** False once this page view has handed out `MAX_REFS_PER_PAGE_VIEW` refs. */
    canIssue: () => issued < MAX_REFS_PER_PAGE_VIEW,
    refOf: (key: string) => byKey.get(key),
    isLive: (ref: string) => entries.has(ref),
    add(key: string, element: Element): string {
      const ref = `r${++issued}`;
      byKey.set(key, ref);
      entries.set(ref, { key, anchor: new WeakRef(element) });
      return ref;
    },
    /** The element of a live ref, while it is in the page. */
    anchorFor(ref: string): Element | undefined {
      const element = entries.get(ref)?.anchor.deref();
      return element?.isConnected ? element : undefined;
    },
    retire(ref: string): void {
      const entry = entries.get(ref);
      if (!entry) return;
      entries.delete(ref);
      byKey.delete(entry.key);
    },
  };
}

export type RefBook = ReturnType<typeof createRefBook>;
