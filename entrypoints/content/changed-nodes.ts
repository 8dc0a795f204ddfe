import { isOverlayElement } from '../../components/overlay/shadow-host';
import type { Scope } from '../../lib/detect/find-candidates';

/** Elements whose change can alter what every other element shows or resolves to: only a full scan is safe. */
const PAGE_WIDE = new Set(['BASE', 'STYLE', 'LINK', 'HTML', 'HEAD', 'BODY']);

/**
 * What changed since the last scan, from MutationRecords and image load events: the subtrees to scan,
 * or `full` when a change may retire or move a known badge (its element, or an ancestor of it, was
 * removed or changed) or may affect the whole page (`<base>`, styles). Additions elsewhere only add
 * candidates, so scanning the added subtrees finds exactly what a full scan would find new.
 */
export function createChangeLog(anchors: () => Iterable<Element>) {
  let full = true;
  let roots = new Set<Element>();

  const holdsAnchor = (node: Node): boolean => {
    if (!isElement(node)) return false;
    for (const anchor of anchors()) if (node === anchor || node.contains(anchor)) return true;
    return false;
  };

  /** `added`: the element is new to the page, so it cannot hold a known badge's element. */
  function changed(element: Element, added = false): void {
    if (full) return;
    if (PAGE_WIDE.has(element.tagName) || (!added && holdsAnchor(element))) full = true;
    else roots.add(element);
  }

  return {
    mutation(record: MutationRecord): void {
      if (full) return;
      if (record.type !== 'childList') {
        changed(record.target as Element);
        return;
      }
      for (const node of Array.from(record.removedNodes)) {
        if (isOverlayElement(node)) continue;
        if (holdsAnchor(node) || (isElement(node) && PAGE_WIDE.has(node.tagName))) full = true;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (isOverlayElement(node)) continue;
        // Text added to a <script> or <svg> changes that element; an element added is a subtree of its own.
        if (isElement(node)) changed(node, true);
        else if (isElement(record.target)) changed(record.target);
      }
    },
    /** An `<img>` finished loading: what it shows (`currentSrc`) may be new. */
    loaded: (image: Element) => changed(image),
    everything(): void {
      full = true;
    },
    /** The scopes to scan now (`undefined`: the whole document), and a fresh log. */
    take(): Scope[] | undefined {
      const wasFull = full;
      const taken = [...roots].filter((root) => root.isConnected && !hasAncestorIn(root, roots));
      full = false;
      roots = new Set();
      return wasFull ? undefined : taken.map(subtreeOf);
    },
  };
}

export type ChangeLog = ReturnType<typeof createChangeLog>;

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function hasAncestorIn(element: Element, set: Set<Element>): boolean {
  for (let up = element.parentElement; up; up = up.parentElement) if (set.has(up)) return true;
  return false;
}

/** `root` and everything under it. */
export function subtreeOf(root: Element): Scope {
  return { querySelectorAll: (selectors) => [...(root.matches(selectors) ? [root] : []), ...root.querySelectorAll(selectors)] };
}
