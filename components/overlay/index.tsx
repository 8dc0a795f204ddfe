/**
 * The overlay the content script draws on the page: a chip beside each found badge, in a closed shadow
 * root, that opens the result card in a popover. The page sees only the host elements and their
 * `data-badge-lens-status` / `data-badge-lens-ref` attributes.
 */
import { render } from 'preact';
import type { TabItem } from '../../lib/protocol/schemas';
import type { VerificationResult } from '../../lib/result/types';
import { t } from '../i18n';
import { statusMessageKey } from '../message-keys';
import { credentialName, ResultCard } from '../ResultCard';
import { statusRank, worstStatus } from '../status';
import { Spinner, StatusIcon } from '../StatusIcon';
import uiCss from '../ui.css?inline';
import overlayCss from './overlay.css?inline';

export const CHIP_TAG = 'badge-lens-chip';
export const CARD_TAG = 'badge-lens-card';

export interface OverlayOptions {
  /** The page element a found item belongs to (the image, link, embed or inline SVG). */
  anchorFor: (ref: string) => Element | null | undefined;
  /** The user asked to check this item again. */
  onRecheck: (ref: string) => void | Promise<unknown>;
  /** Defaults to the global document. */
  document?: Document;
  /** Defaults to `closed`, `open` in the e2e build (so Playwright can look inside). */
  shadowMode?: ShadowRootMode;
}

export interface Overlay {
  /** Draw (or redraw, move, remove) chips for the tab's current items. Cheap to call often. */
  update(items: readonly TabItem[]): void;
  /** Remove every chip and card and all listeners. */
  destroy(): void;
}

/** True for the elements the overlay adds to the page (the scanner must skip them). */
export function isOverlayElement(node: Node | null | undefined): boolean {
  if (!node || node.nodeType !== 1) return false;
  const name = (node as Element).localName;
  return name === CHIP_TAG || name === CARD_TAG;
}

const SKIPPED_ANCHORS = new Set(['html', 'head', 'body', 'style', 'template', 'noscript', 'meta', 'link', 'title', 'base', 'source', 'track', 'option', 'optgroup', 'br', 'area', 'param']);
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

function defaultShadowMode(): ShadowRootMode {
  return import.meta.env.MODE === 'e2e' ? 'open' : 'closed';
}

const HOST_STYLE = [
  'all: initial',
  'display: inline-block',
  'vertical-align: middle',
  'margin: 0 0 0 6px',
  'padding: 0',
  'border: 0',
  'position: static',
  'line-height: 0',
  'width: auto',
  'height: auto',
  'max-height: 22px',
  'float: none',
  'visibility: visible',
  'opacity: 1',
  'pointer-events: auto',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

/** A host that takes no room: the chip is drawn over the anchor's bottom-right corner. */
const CORNER_HOST_STYLE = [
  'all: initial',
  'display: inline-block',
  'vertical-align: top',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'position: relative',
  'width: 0',
  'height: 0',
  'line-height: 0',
  'float: none',
  'visibility: visible',
  'opacity: 1',
  'pointer-events: auto',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

/** Size of the corner chip (a circle with the status glyph). */
const CORNER_SIZE = 20;

const CARD_HOST_STYLE = ['all: initial', 'display: block', 'position: absolute', 'z-index: 2147483647', 'margin: 0', 'padding: 0', 'border: 0']
  .map((rule) => `${rule} !important`)
  .join('; ');

interface ChipState {
  ref: string;
  host: HTMLElement;
  mount: HTMLElement;
  item: TabItem;
  anchor: Element | undefined;
  results: VerificationResult[];
  pending: boolean;
  button: HTMLButtonElement | null;
  /**
   * Where the chip sits when it does not fit beside the anchor (a narrow column, a clipped box): over
   * the anchor's bottom-right corner, relative to the zero-size host.
   */
  corner: { left: number; top: number } | undefined;
  needsLayout: boolean;
}

/** The result whose name the chip speaks: the worst one. */
function worstResult(results: readonly VerificationResult[]): VerificationResult | undefined {
  let worst: VerificationResult | undefined;
  for (const result of results) if (!worst || statusRank(result.status) < statusRank(worst.status)) worst = result;
  return worst;
}

export function chipLabel(results: readonly VerificationResult[], pending: boolean): string {
  const worst = worstResult(results);
  if (!worst) return t('overlay_chip_label_checking');
  const word = pending ? t('popup_checking') : t(statusMessageKey(worst.status));
  const name = credentialName(worst.credential, worst.source);
  return results.length > 1 ? t('overlay_chip_label_many', word, name, results.length) : t('overlay_chip_label', word, name);
}

function Chip({ state, open, onToggle, setButton }: { state: ChipState; open: boolean; onToggle: () => void; setButton: (b: HTMLButtonElement | null) => void }) {
  const status = worstStatus(state.results.map((r) => r.status)) ?? 'unverifiable';
  const pending = state.pending;
  const corner = state.corner;
  return (
    <button
      type="button"
      ref={setButton}
      class={`bl-overlay-chip bl-status-${status}${pending ? ' bl-overlay-chip-pending' : ''}${corner ? ' bl-overlay-chip-corner' : ''}`}
      style={corner ? { left: `${corner.left}px`, top: `${corner.top}px` } : undefined}
      aria-haspopup="dialog"
      aria-expanded={open ? 'true' : 'false'}
      aria-label={chipLabel(state.results, pending)}
      data-status={status}
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        onToggle();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        event.stopPropagation();
        onToggle();
      }}
    >
      {pending ? <Spinner size={12} /> : <StatusIcon status={status} size={12} decorative />}
      <span class="bl-overlay-chip-word">{pending ? t('popup_checking') : t(statusMessageKey(status))}</span>
      {state.results.length > 1 ? (
        <span class="bl-chip-count" aria-hidden="true">
          {state.results.length}
        </span>
      ) : null}
    </button>
  );
}

function Popover({ state, onClose, onRecheck }: { state: ChipState; onClose: () => void; onRecheck: () => void | Promise<unknown> }) {
  const worst = worstResult(state.results);
  const name = worst ? credentialName(worst.credential, worst.source) : '';
  return (
    <div
      class="bl-root bl-popover"
      role="dialog"
      aria-label={t('overlay_dialog_label', name)}
      tabIndex={-1}
      data-testid="overlay-card"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      <div class="bl-popover-head">
        <span class="bl-popover-brand">{t('extName')}</span>
        <button type="button" class="bl-popover-close" aria-label={t('overlay_close')} onClick={onClose}>
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      {state.pending ? (
        <p class="bl-popover-pending" aria-live="polite">
          <Spinner size={12} />
          {t('popup_checking')}
        </p>
      ) : null}
      <div class="bl-popover-results">
        {state.results.map((result, index) => (
          <ResultCard key={`${index}:${result.checkedAt}`} result={result} headingLevel={2} onRecheck={state.pending ? undefined : onRecheck} />
        ))}
      </div>
    </div>
  );
}

/** The event's path (hosts included, closed shadow roots not entered), with a fallback for DOMs without `composedPath`. */
function eventPath(event: Event): EventTarget[] {
  if (typeof event.composedPath === 'function') {
    const path = event.composedPath();
    if (path.length > 0) return path;
  }
  const path: EventTarget[] = [];
  let node = event.target as Node | null;
  while (node) {
    path.push(node);
    node = node.parentNode ?? ((node as ShadowRoot).host as Node | undefined) ?? null;
  }
  return path;
}

function styleElement(doc: Document, css: string): HTMLStyleElement {
  const style = doc.createElement('style');
  style.textContent = css;
  return style;
}

export function createOverlay(options: OverlayOptions): Overlay {
  const doc = options.document ?? document;
  const view = doc.defaultView;
  const mode = options.shadowMode ?? defaultShadowMode();
  const css = `${uiCss}\n${overlayCss}`;
  const chips = new Map<string, ChipState>();
  let openRef: string | undefined;
  let card: { host: HTMLElement; mount: HTMLElement } | undefined;
  let destroyed = false;

  const renderChip = (state: ChipState) => {
    render(
      <Chip
        state={state}
        open={openRef === state.ref}
        onToggle={() => (openRef === state.ref ? close(true) : open(state.ref))}
        setButton={(button) => {
          state.button = button;
        }}
      />,
      state.mount,
    );
  };

  const createChip = (ref: string, item: TabItem): ChipState => {
    const host = doc.createElement(CHIP_TAG);
    host.setAttribute('style', HOST_STYLE);
    host.setAttribute('data-badge-lens-ref', ref);
    const root = host.attachShadow({ mode });
    root.appendChild(styleElement(doc, css));
    const mount = doc.createElement('span');
    mount.className = 'bl-root bl-chip-root';
    root.appendChild(mount);
    return { ref, host, mount, item, anchor: undefined, results: [], pending: false, button: null, corner: undefined, needsLayout: true };
  };

  /** Put the host right after `point` (after any other chips already there), unless it is there already. */
  const place = (host: HTMLElement, point: Element) => {
    let cursor: ChildNode | null = host.previousSibling;
    while (cursor && isOverlayElement(cursor) && cursor !== point) cursor = cursor.previousSibling;
    if (host.isConnected && cursor === point) return false;
    let after: ChildNode = point;
    while (after.nextSibling && isOverlayElement(after.nextSibling) && after.nextSibling !== host) after = after.nextSibling;
    after.after(host);
    return true;
  };

  /**
   * Beside the anchor when the chip fits in its container; otherwise (a narrow logo column, a box that
   * clips) over the anchor's bottom-right corner, taking no room. Batched: all writes, then all reads.
   */
  let layoutQueued = false;
  const layoutChips = () => {
    layoutQueued = false;
    if (destroyed) return;
    const todo = [...chips.values()].filter((state) => state.needsLayout && state.host.isConnected);
    for (const state of todo) {
      state.needsLayout = false;
      if (state.corner) {
        state.corner = undefined;
        state.host.setAttribute('style', HOST_STYLE);
        renderChip(state);
      }
    }
    const misfits = todo.filter((state) => {
      const parent = state.host.parentElement;
      if (!parent || !state.anchor) return false;
      const host = state.host.getBoundingClientRect();
      if (host.width === 0 && host.height === 0) return false; // not laid out (hidden): nothing to decide
      const box = parent.getBoundingClientRect();
      const style = view?.getComputedStyle(parent);
      const clips = style ? style.overflowX !== 'visible' || style.overflowY !== 'visible' : false;
      return host.right > box.right + 1 || host.left < box.left - 1 || (clips && host.bottom > box.bottom + 1);
    });
    for (const state of misfits) state.host.setAttribute('style', CORNER_HOST_STYLE);
    for (const state of misfits) {
      const anchor = state.anchor!.getBoundingClientRect();
      const host = state.host.getBoundingClientRect();
      if (anchor.width === 0 && anchor.height === 0) {
        state.host.setAttribute('style', HOST_STYLE);
        continue;
      }
      // Just inside the corner, so a container that clips its content (overflow: hidden) keeps it whole.
      state.corner = {
        left: Math.round(anchor.right - host.left - CORNER_SIZE - 2),
        top: Math.round(anchor.bottom - host.top - CORNER_SIZE - 2),
      };
    }
    for (const state of misfits) renderChip(state);
    if (openRef) positionCard();
  };
  const queueLayout = () => {
    if (layoutQueued || destroyed) return;
    layoutQueued = true;
    if (view?.requestAnimationFrame) view.requestAnimationFrame(layoutChips);
    else setTimeout(layoutChips, 0);
  };
  const onResize = () => {
    for (const state of chips.values()) state.needsLayout = true;
    queueLayout();
    positionCard();
  };
  view?.addEventListener('resize', onResize);

  const removeChip = (state: ChipState) => {
    if (openRef === state.ref) close(false);
    render(null, state.mount);
    state.host.remove();
    chips.delete(state.ref);
  };

  const positionCard = () => {
    const state = openRef ? chips.get(openRef) : undefined;
    if (!card || !state || !view) return;
    const rect = (state.button ?? state.host).getBoundingClientRect();
    const viewport = doc.documentElement.clientWidth || view.innerWidth;
    const width = Math.max(240, Math.min(380, viewport - 16));
    const left = Math.min(Math.max(8, rect.left), Math.max(8, viewport - width - 8)) + view.scrollX;
    // Below the chip; above it when there is no room below but there is above.
    const height = card.host.getBoundingClientRect().height;
    const viewportHeight = doc.documentElement.clientHeight || view.innerHeight;
    const above = rect.bottom + 6 + height > viewportHeight && rect.top - 6 - height >= 0;
    const top = (above ? rect.top - 6 - height : rect.bottom + 6) + view.scrollY;
    card.host.style.setProperty('top', `${Math.round(top)}px`, 'important');
    card.host.style.setProperty('left', `${Math.round(left)}px`, 'important');
    card.host.style.setProperty('width', `${Math.round(width)}px`, 'important');
  };

  const renderCard = () => {
    const state = openRef ? chips.get(openRef) : undefined;
    if (!card || !state) return;
    const ref = state.ref;
    render(<Popover state={state} onClose={() => close(true)} onRecheck={() => options.onRecheck(ref)} />, card.mount);
  };

  const onPointerDown = (event: Event) => {
    if (!card || !openRef) return;
    const path = eventPath(event);
    const chip = chips.get(openRef);
    if (path.includes(card.host) || (chip && path.includes(chip.host))) return;
    close(false);
  };

  function open(ref: string) {
    const state = chips.get(ref);
    if (!state || destroyed) return;
    if (openRef && openRef !== ref) close(false);
    openRef = ref;
    if (!card) {
      const host = doc.createElement(CARD_TAG);
      host.setAttribute('style', CARD_HOST_STYLE);
      host.setAttribute('data-badge-lens-ref', ref);
      const root = host.attachShadow({ mode });
      root.appendChild(styleElement(doc, css));
      const mount = doc.createElement('div');
      root.appendChild(mount);
      doc.documentElement.appendChild(host);
      card = { host, mount };
      doc.addEventListener('pointerdown', onPointerDown, true);
    }
    card.host.setAttribute('data-badge-lens-ref', ref);
    renderCard();
    positionCard();
    renderChip(state);
    const dialog = card.mount.querySelector<HTMLElement>('[role="dialog"]');
    dialog?.focus({ preventScroll: true });
  }

  function close(returnFocus: boolean) {
    const state = openRef ? chips.get(openRef) : undefined;
    openRef = undefined;
    if (card) {
      render(null, card.mount);
      card.host.remove();
      card = undefined;
      doc.removeEventListener('pointerdown', onPointerDown, true);
    }
    if (state) {
      renderChip(state);
      if (returnFocus) state.button?.focus();
    }
  }

  return {
    update(items) {
      if (destroyed) return;
      const seen = new Set<string>();
      for (const item of items) {
        const existing = chips.get(item.ref);
        const pending = item.state === 'pending';
        // Nothing to show yet; while an item that had a chip is re-checked, keep the chip (as "checking").
        if (item.results.length === 0 && !(pending && existing)) continue;
        const anchor = options.anchorFor(item.ref) ?? undefined;
        const point = insertionPoint(anchor);
        if (!point) continue;
        seen.add(item.ref);
        const state = existing ?? createChip(item.ref, item);
        chips.set(item.ref, state);
        state.item = item;
        if (item.results.length > 0) state.results = item.results;
        state.pending = pending;
        const status = worstStatus(state.results.map((r) => r.status)) ?? 'unverifiable';
        state.host.setAttribute('data-badge-lens-status', status);
        if (pending) state.host.setAttribute('data-badge-lens-pending', 'true');
        else state.host.removeAttribute('data-badge-lens-pending');
        if (anchor !== state.anchor) state.needsLayout = true;
        state.anchor = anchor;
        if (place(state.host, point)) state.needsLayout = true;
        renderChip(state);
      }
      queueLayout();
      for (const state of [...chips.values()]) if (!seen.has(state.ref)) removeChip(state);
      if (openRef) {
        renderCard();
        positionCard();
      }
    },
    destroy() {
      if (destroyed) return;
      close(false);
      for (const state of [...chips.values()]) removeChip(state);
      view?.removeEventListener('resize', onResize);
      destroyed = true;
    },
  };
}
