/**
 * The overlay the content script draws on the page: a chip beside each found badge, in a closed shadow
 * root, that opens the result card in a popover. The page sees only the host elements and their
 * `data-badge-lens-status` / `data-badge-lens-ref` attributes. This module keeps the chips in step with
 * the tab's items; `placement.ts` and `layout.ts` say where things go, `popover.ts` runs the card.
 */
import { render } from 'preact';
import { currentLang } from '../i18n';
import type { TabItem } from '../../lib/protocol/schemas';
import uiCss from '../ui.css?inline';
import { worstStatus } from '../status';
import type { SaveOutcome } from '../SaveToBackpack';
import { Chip, Popover, type ChipState } from './chip-view';
import overlayCss from './overlay.css?inline';
import { layoutChips } from './chip-layout';
import { createAnnouncer } from './announcer';
import { CARD_HOST_STYLE, CARD_TAG, CHIP_TAG, defaultShadowMode, HOST_STYLE, insertionPoint, placeHost } from './placement';
import { createPopover } from './popover';
import { createShadowHost } from './shadow-host';

export { CARD_TAG, CHIP_TAG, LIVE_TAG, insertionPoint } from './placement';
export { isOverlayElement } from './shadow-host';
export { chipLabel } from './chip-view';

export interface OverlayOptions {
  /** The page element a found item belongs to (the image, link, embed or inline SVG). */
  anchorFor: (ref: string) => Element | null | undefined;
  /** The user asked to check this item again. */
  onRecheck: (ref: string) => void | Promise<unknown>;
  /** The user asked to look this item's Blockcerts anchor up ("Check the anchor"); without it the card offers no lookup. */
  onCheckAnchor?: (ref: string) => void | Promise<unknown>;
  /** "Save to my backpack" on a card; without it the card has no such button. */
  onSave?: (ref: string) => Promise<SaveOutcome>;
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

export function createOverlay(options: OverlayOptions): Overlay {
  const doc = options.document ?? document;
  const view = doc.defaultView;
  const mode = options.shadowMode ?? defaultShadowMode();
  const css = `${uiCss}\n${overlayCss}`;
  const chips = new Map<string, ChipState>();
  const announcer = createAnnouncer(doc, mode);
  let destroyed = false;

  const popover = createPopover({
    doc,
    createHost: (ref) =>
      createShadowHost(doc, { tag: CARD_TAG, style: CARD_HOST_STYLE, ref, mode, css, mountTag: 'div', lang: currentLang() }),
    chipFor: (ref) => chips.get(ref),
    content: (state, close) => (
      <Popover
        state={state}
        onClose={close}
        onRecheck={() => options.onRecheck(state.ref)}
        onCheckAnchor={options.onCheckAnchor ? () => options.onCheckAnchor!(state.ref) : undefined}
        onSave={options.onSave ? () => options.onSave!(state.ref) : undefined}
      />
    ),
    onToggled: (state) => renderChip(state),
  });

  const toggle = (ref: string) => {
    if (popover.openRef() === ref) popover.close(true);
    else if (!destroyed) popover.open(ref);
  };

  function renderChip(state: ChipState) {
    render(
      <Chip
        state={state}
        open={popover.openRef() === state.ref}
        onToggle={() => toggle(state.ref)}
        setButton={(button) => {
          state.button = button;
        }}
      />,
      state.mount,
    );
  }

  const createChip = (ref: string, item: TabItem): ChipState => {
    const { host, mount } = createShadowHost(doc, {
      tag: CHIP_TAG,
      style: HOST_STYLE,
      ref,
      mode,
      css,
      mountTag: 'span',
      lang: currentLang(),
    });
    mount.className = 'bl-root bl-chip-root';
    return { ref, host, mount, item, anchor: undefined, results: [], pending: false, button: null, corner: undefined, needsLayout: true };
  };

  let layoutQueued = false;
  const layout = () => {
    layoutQueued = false;
    if (destroyed) return;
    layoutChips(
      [...chips.values()].filter((state) => state.needsLayout && state.host.isConnected),
      view,
      renderChip,
    );
    if (popover.openRef()) popover.position();
  };
  const queueLayout = () => {
    if (layoutQueued || destroyed) return;
    layoutQueued = true;
    if (view?.requestAnimationFrame) view.requestAnimationFrame(layout);
    else setTimeout(layout, 0);
  };
  const onResize = () => {
    for (const state of chips.values()) state.needsLayout = true;
    queueLayout();
    popover.position();
  };
  view?.addEventListener('resize', onResize);

  /**
   * An image still loading has no size yet, so whether its chip fits beside it is decided again once
   * it has one (the content script starts before a page's images have loaded).
   */
  const relayoutWhenLoaded = (anchor: Element | undefined, state: ChipState) => {
    if (!anchor || (anchor as Partial<HTMLImageElement>).complete !== false) return;
    const relayout = () => {
      if (state.anchor !== anchor || chips.get(state.ref) !== state) return;
      state.needsLayout = true;
      queueLayout();
    };
    anchor.addEventListener('load', relayout, { once: true });
  };

  const removeChip = (state: ChipState) => {
    if (popover.openRef() === state.ref) popover.close(false);
    render(null, state.mount);
    state.host.remove();
    chips.delete(state.ref);
  };

  /** Creates, updates and places the chip of one item; false when the item has nothing to draw. */
  const showItem = (item: TabItem): boolean => {
    const existing = chips.get(item.ref);
    const pending = item.state === 'pending';
    // Nothing to show yet; while an item that had a chip is re-checked, keep the chip (as "checking").
    if (item.results.length === 0 && !(pending && existing)) return false;
    const anchor = options.anchorFor(item.ref) ?? undefined;
    const point = insertionPoint(anchor);
    if (!point) return false;
    const state = existing ?? createChip(item.ref, item);
    // The same item at the same place: nothing to draw again (pushes carry only what changed).
    if (existing && existing.item === item && anchor === existing.anchor) {
      if (placeHost(state.host, point)) state.needsLayout = true;
      return true;
    }
    chips.set(item.ref, state);
    state.item = item;
    if (item.results.length > 0) state.results = item.results;
    state.pending = pending;
    const status = worstStatus(state.results.map((r) => r.status)) ?? 'unverifiable';
    state.host.setAttribute('data-badge-lens-status', status);
    if (pending) state.host.setAttribute('data-badge-lens-pending', 'true');
    else state.host.removeAttribute('data-badge-lens-pending');
    if (anchor !== state.anchor) {
      state.needsLayout = true;
      relayoutWhenLoaded(anchor, state);
    }
    state.anchor = anchor;
    if (placeHost(state.host, point)) state.needsLayout = true;
    renderChip(state);
    return true;
  };

  return {
    update(items) {
      if (destroyed) return;
      const seen = new Set<string>();
      for (const item of items) if (showItem(item)) seen.add(item.ref);
      queueLayout();
      for (const state of [...chips.values()]) if (!seen.has(state.ref)) removeChip(state);
      if (popover.openRef()) popover.refresh();
      announcer.update(items);
    },
    destroy() {
      if (destroyed) return;
      popover.close(false);
      for (const state of [...chips.values()]) removeChip(state);
      view?.removeEventListener('resize', onResize);
      announcer.destroy();
      destroyed = true;
    },
  };
}
