/** Where the overlay's elements go on the page, and the inline styles of their host elements. */
import { isOverlayElement } from './shadow-host';

/** The host elements' tag names: for reading, never for recognising them (a page can use them too). */
export const CHIP_TAG = 'badge-lens-chip';
export const CARD_TAG = 'badge-lens-card';
export const LIVE_TAG = 'badge-lens-live';

const SKIPPED_ANCHORS = new Set([
  'html',
  'head',
  'body',
  'style',
  'template',
  'noscript',
  'meta',
  'link',
  'title',
  'base',
  'source',
  'track',
  'option',
  'optgroup',
  'br',
  'area',
  'param',
]);
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Where a chip goes: after the anchor; after the outermost `<svg>` for SVG content, after the
 * `<picture>` for its `<img>`, and after the link (or button) for anything inside one, so the chip is
 * never part of a link. A credential in a `<script>` in the body gets its chip where the script sits.
 * Undefined for anchors that are not drawn (the head, the body itself).
 */
export function insertionPoint(anchor: Element | null | undefined): Element | undefined {
  if (!anchor || !anchor.isConnected) return undefined;
  const doc = anchor.ownerDocument;
  if (doc.head && doc.head.contains(anchor)) return undefined;
  let el: Element = anchor;
  while (el.parentElement && el.parentElement.namespaceURI === SVG_NS) el = el.parentElement;
  if (el.parentElement?.localName === 'picture') el = el.parentElement;
  const interactive = el.parentElement?.closest('a, button, label, summary');
  if (interactive) el = interactive;
  if (SKIPPED_ANCHORS.has(el.localName) || !el.parentNode) return undefined;
  return el;
}

/** Puts the host right after `point` (after any other chips already there), unless it is there already; true when it moved. */
export function placeHost(host: HTMLElement, point: Element): boolean {
  let cursor: ChildNode | null = host.previousSibling;
  while (cursor && isOverlayElement(cursor) && cursor !== point) cursor = cursor.previousSibling;
  if (host.isConnected && cursor === point) return false;
  let after: ChildNode = point;
  while (after.nextSibling && isOverlayElement(after.nextSibling) && after.nextSibling !== host) after = after.nextSibling;
  after.after(host);
  return true;
}

export function defaultShadowMode(): ShadowRootMode {
  return import.meta.env.MODE === 'e2e' ? 'open' : 'closed';
}

/** Host styles set inline win over page CSS: every rule `!important`, starting from `all: initial`. */
const hostStyle = (...rules: string[]) =>
  ['all: initial', 'padding: 0', 'border: 0', ...rules].map((rule) => `${rule} !important`).join('; ');

/** Whatever the page does to inline elements, the chip stays visible and clickable. */
const SHOWN = ['line-height: 0', 'float: none', 'visibility: visible', 'opacity: 1', 'pointer-events: auto'];

export const HOST_STYLE = hostStyle(
  'display: inline-block',
  'vertical-align: middle',
  'margin: 0',
  'margin-inline-start: 6px',
  'position: static',
  'width: auto',
  'height: auto',
  'max-height: 22px',
  ...SHOWN,
);

/** A host that takes no room: the chip is drawn over the anchor's bottom-right corner. */
export const CORNER_HOST_STYLE = hostStyle(
  'display: inline-block',
  'vertical-align: top',
  'margin: 0',
  'position: relative',
  'width: 0',
  'height: 0',
  ...SHOWN,
);

/** Size of the corner chip (a circle with the status glyph). */
export const CORNER_SIZE = 20;

export const CARD_HOST_STYLE = hostStyle('display: block', 'position: absolute', 'z-index: 2147483647', 'margin: 0');
