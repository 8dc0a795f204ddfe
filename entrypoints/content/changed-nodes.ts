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

  /** `added`: the element is new to the page, so it cannot hold a known badge's element. */
  function changed(element: Element, added = false, parent?: Node): void {
    if (PAGE_WIDE.has(element.tagName)) full = true;
    else {
      roots.set(element, parent && isElement(parent) ? parent : undefined);
      if (!added) touched.add(element);
    }
  }

  return {
    /** False for changes the overlay made to its own elements: they never need a scan. */
    mutation(record: MutationRecord): boolean {
      if (record.type !== 'childList') {
        if (isOverlayElement(record.target)) return false;
        if (!full) changed(record.target as Element);
        return true;
      }
      let relevant = false;
      // Each read of a NodeList's length or item is a call into the DOM; a feed adds thousands of nodes.
      const { removedNodes, addedNodes } = record;
      const removed = removedNodes.length;
      const added = addedNodes.length;
      for (let i = 0; i < removed; i++) {
        const node = removedNodes[i]!;
        if (isOverlayElement(node)) continue;
        relevant = true;
        if (full) break;
        if (!isElement(node)) continue;
        if (PAGE_WIDE.has(node.tagName)) full = true;
        else touched.add(node);
      }
      for (let i = 0; i < added; i++) {
        const node = addedNodes[i]!;
        if (isOverlayElement(node)) continue;
        relevant = true;
        if (full) break;
        // Text added to a <script> or <svg> changes that element; an element added is a subtree of its own.
        if (isElement(node)) changed(node, true, record.target);
        else if (isElement(record.target)) changed(record.target);
      }
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

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
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
        for (const element of root.querySelectorAll(selectors)) all.push(element);
      }
      return all;
    },
  };
}
