import { isOverlayElement } from '../../components/overlay/shadow-host';
import type { Scope } from '../../lib/detect/find-candidates';

/** Elements whose change can alter what every other element shows or resolves to: only a full scan is safe. */
const PAGE_WIDE = new Set(['BASE', 'STYLE', 'LINK', 'HTML', 'HEAD', 'BODY']);

/**
 * What changed since the last scan, from MutationRecords and image load events: the subtrees to scan,
 * or `full` when a change may retire or move a known badge (`touchesAnchor`: its element, or an
 * ancestor of it, was removed or changed) or may affect the whole page (`<base>`, styles). Additions elsewhere only add
 * candidates, so scanning the added subtrees finds exactly what a full scan would find new.
 *
 * Whether a change touched a known badge is decided when the log is taken, not when the change came:
 * a scan runs over several tasks, and a badge it found is known only once it reports, after changes
 * made meanwhile were logged.
 */
export function createChangeLog(touchesAnchor: (touched: ReadonlySet<Node>) => boolean) {
  let full = true;
  /** Each root, with its parent where a record told it (a feed's cards: no call into the DOM to find it). */
  let roots = new Map<Element, Element | undefined>();
  /** Elements changed or removed: if one is or holds a known badge's element, only a full scan tells what it shows now. */
  let touched = new Set<Node>();

  /**
   * `tag`: the element's `tagName`, where the caller read it already. `added`: the element is new to
   * the page, so it cannot hold a known badge's element; `parent`: its parent element, where known.
   */
  function changed(element: Element, tag = element.tagName, added = false, parent?: Element): void {
    if (PAGE_WIDE.has(tag)) full = true;
    else {
      roots.set(element, parent);
      if (!added) touched.add(element);
    }
  }

  return {
    /** False for changes the overlay made to its own elements: they never need a scan. */
    mutation(record: MutationRecord): boolean {
      const { target } = record;
      if (record.type !== 'childList') {
        if (isOverlayElement(target)) return false;
        if (!full) changed(target as Element);
        return true;
      }
      let relevant = false;
      // Each read of a NodeList's length or item, and of a node's property, is a call into the DOM; a
      // feed adds thousands of nodes. A node's `tagName` is read once: it is undefined on text and
      // comments (the content script's world has its own prototypes, which the page cannot add to),
      // so that one read tells an element and its tag. The target is read once per record.
      const { removedNodes, addedNodes } = record;
      const removed = removedNodes.length;
      const added = addedNodes.length;
      for (let i = 0; i < removed; i++) {
        const node = removedNodes[i]!;
        if (isOverlayElement(node)) continue;
        relevant = true;
        if (full) break;
        const tag = tagOf(node);
        if (tag === undefined) continue;
        if (PAGE_WIDE.has(tag)) full = true;
        else touched.add(node);
      }
      const targetTag = full ? undefined : tagOf(target);
      const parent = targetTag === undefined ? undefined : (target as Element);
      let textAdded = false;
      for (let i = 0; i < added; i++) {
        const node = addedNodes[i]!;
        if (isOverlayElement(node)) continue;
        relevant = true;
        if (full) break;
        // Text added to a <script> or <svg> changes that element; an element added is a subtree of its own.
        const tag = tagOf(node);
        if (tag !== undefined) changed(node as Element, tag, true, parent);
        else textAdded = true;
      }
      if (textAdded && parent && !full) changed(parent, targetTag);
      return relevant || added + removed === 0;
    },
    /** An `<img>` finished loading: what it shows (`currentSrc`) may be new. */
    loaded: (image: Element) => changed(image),
    everything(): void {
      full = true;
    },
    /** The scope to scan now (`undefined`: the whole document), and a fresh log. */
    take(): Scope | undefined {
      const wasFull = full || touchesAnchor(touched);
      const outermost = outermostOf(roots);
      // A root taken off the page since is scanned all the same (its finds are dropped as not connected): cheaper than asking each.
      const taken = wasFull ? [] : [...roots.keys()].filter(outermost);
      full = false;
      roots = new Map();
      touched = new Set();
      return wasFull ? undefined : subtreesOf(taken);
    },
  };
}

/**
 * Chips and cards the overlay draws change the page too; they never need a rescan. Only the overlay's
 * own hosts count, by identity: changes to a page-made element that merely looks like one are scanned.
 */
export function isOwnChange(mutation: MutationRecord): boolean {
  return !createChangeLog(() => false).mutation(mutation);
}

export type ChangeLog = ReturnType<typeof createChangeLog>;

/** An element's `tagName`; `undefined` for any other node (one call into the DOM, where `nodeType` then `tagName` are two). */
function tagOf(node: Node): string | undefined {
  return (node as Partial<Element>).tagName;
}

/**
 * Whether a root lies under no other root. Ancestors found clear are remembered, so the many siblings
 * a feed adds under one parent cost one step each, not a walk to the top each.
 */
function outermostOf(roots: Map<Element, Element | undefined>): (root: Element) => boolean {
  const clear = new Set<Element>();
  return (root) => {
    const path: Element[] = [];
    for (let up = roots.get(root) ?? root.parentElement; up && !clear.has(up); up = up.parentElement) {
      if (roots.has(up)) return false;
      path.push(up);
    }
    for (const element of path) clear.add(element);
    return true;
  };
}

/**
 * The `roots` and everything under them, as one scope: a feed's cards are scanned together, not as one
 * scan each, and each kind of candidate comes in page order (the roots are in the order they came).
 */
export function subtreesOf(roots: readonly Element[]): Scope {
  return {
    baseURI: roots[0]?.baseURI,
    parts: roots.length,
    querySelectorAll(selectors) {
      const all: Element[] = [];
      for (const root of roots) {
        if (root.matches(selectors)) all.push(root);
        // By index: an empty list (most cards) costs one call, where an iterator costs two.
        const found = root.querySelectorAll(selectors);
        const count = found.length;
        for (let i = 0; i < count; i++) all.push(found[i]!);
      }
      return all;
    },
  };
}
