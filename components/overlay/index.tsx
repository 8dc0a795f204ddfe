/**
 * The overlay the content script draws on the page: a chip beside each found badge, in a closed shadow
 * root, that opens the result card in a popover. The page sees only the host elements and their
 * `data-badge-lens-status` / `data-badge-lens-ref` attributes.
 */
import { render } from 'preact';
import type { TabItem } from '../../lib/protocol/schemas';
import uiCss from '../ui.css?inline';
import { worstStatus } from '../status';
import { Chip, Popover, type ChipState } from './chip-view';
import overlayCss from './overlay.css?inline';
import { CARD_HOST_STYLE, CARD_TAG, CHIP_TAG, CORNER_HOST_STYLE, CORNER_SIZE, defaultShadowMode, HOST_STYLE, insertionPoint, isOverlayElement } from './placement';

export { CARD_TAG, CHIP_TAG, insertionPoint, isOverlayElement } from './placement';
export { chipLabel } from './chip-view';

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

  /** A page element with its own shadow root, styles and a node to render into. */
  const shadowHost = (tag: string, style: string, ref: string, mountTag: 'span' | 'div') => {
    const host = doc.createElement(tag);
    host.setAttribute('style', style);
    host.setAttribute('data-badge-lens-ref', ref);
    const root = host.attachShadow({ mode });
    root.appendChild(styleElement(doc, css));
    const mount = doc.createElement(mountTag);
    root.appendChild(mount);
    return { host, mount };
  };

  const createChip = (ref: string, item: TabItem): ChipState => {
    const { host, mount } = shadowHost(CHIP_TAG, HOST_STYLE, ref, 'span');
    mount.className = 'bl-root bl-chip-root';
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
      const { host, mount } = shadowHost(CARD_TAG, CARD_HOST_STYLE, ref, 'div');
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
