import { textDirection, type Lang } from '../../lib/protocol/languages';

/** The overlay's page elements: a host with its own shadow root, the overlay's styles and a node to render into. */

export interface ShadowHost {
  host: HTMLElement;
  mount: HTMLElement;
}

export interface ShadowHostOptions {
  tag: string;
  /** Inline host style (see `placement.ts`). */
  style: string;
  ref: string;
  mode: ShadowRootMode;
  css: string;
  mountTag: 'span' | 'div';
  /** The UI language: the mount's `lang` and `dir` (passed in, so the eager content script needs no i18n). */
  lang: Lang;
}

/**
 * The hosts made here, known by identity. A page can make elements with the overlay's tag names and
 * attributes, but cannot reach this set (content scripts run in a world of their own).
 */
let madeHosts = new WeakSet<Node>();

/** The content script loads the overlay separately from its scanner; both must share one set of hosts. */
export function shareHostRegistry(registry: WeakSet<Node>): void {
  madeHosts = registry;
}
export const hostRegistry = (): WeakSet<Node> => madeHosts;

/** True only for the elements the overlay added to the page (the scanner skips their changes). */
export function isOverlayElement(node: Node | null | undefined): boolean {
  return node ? madeHosts.has(node) : false;
}

export function createShadowHost(doc: Document, options: ShadowHostOptions): ShadowHost {
  const host = doc.createElement(options.tag);
  madeHosts.add(host);
  host.setAttribute('style', options.style);
  host.setAttribute('data-badge-lens-ref', options.ref);
  const root = host.attachShadow({ mode: options.mode });
  if (!adoptSharedSheet(root, doc, options.css)) {
    const style = doc.createElement('style');
    style.textContent = options.css;
    root.appendChild(style);
  }
  const mount = doc.createElement(options.mountTag);
  // The host keeps the page's direction (the chip sits at the anchor's inline end); what is drawn inside speaks the UI language.
  mount.lang = options.lang;
  mount.dir = textDirection(options.lang);
  root.appendChild(mount);
  return { host, mount };
}

/** One constructed style sheet per document and CSS text, adopted by every shadow root that needs it. */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/**
 * Gives `root` the shared sheet for `css`: two hundred chips share one parsed sheet instead of each
 * parsing and matching a `<style>` of its own. False where constructed sheets are missing or refused
 * (Firefox content scripts may refuse them); the caller then adds a `<style>`.
 */
function adoptSharedSheet(root: ShadowRoot, doc: Document, css: string): boolean {
  try {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
    if (!Sheet || !('replaceSync' in Sheet.prototype) || !('adoptedStyleSheets' in root)) return false;
    const byCss = sheets.get(doc) ?? new Map<string, CSSStyleSheet>();
    sheets.set(doc, byCss);
    let sheet = byCss.get(css);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(css);
      byCss.set(css, sheet);
    }
    root.adoptedStyleSheets = [sheet];
    return root.adoptedStyleSheets.length === 1;
  } catch {
    return false;
  }
}
