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

const SKIPPED_ANCHORS = new Set(['html', 'head', 'body', 'script', 'style', 'template', 'noscript', 'meta', 'link', 'title', 'base', 'source', 'track', 'option', 'optgroup', 'br', 'area', 'param']);
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Where a chip goes: after the anchor; after the outermost `<svg>` for SVG content, after the
 * `<picture>` for its `<img>`, and after the link (or button) for anything inside one, so the chip is
 * never part of a link. Undefined for anchors that are not drawn (scripts, the head, the body itself).
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

const CARD_HOST_STYLE = ['all: initial', 'display: block', 'position: absolute', 'z-index: 2147483647', 'margin: 0', 'padding: 0', 'border: 0']
  .map((rule) => `${rule} !important`)
  .join('; ');

interface ChipState {
  ref: string;
  host: HTMLElement;
  mount: HTMLElement;
  item: TabItem;
  results: VerificationResult[];
  pending: boolean;
  button: HTMLButtonElement | null;
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
  const name = credentialName(worst.credential);
  return results.length > 1 ? t('overlay_chip_label_many', word, name, results.length) : t('overlay_chip_label', word, name);
}

function Chip({ state, open, onToggle, setButton }: { state: ChipState; open: boolean; onToggle: () => void; setButton: (b: HTMLButtonElement | null) => void }) {
  const status = worstStatus(state.results.map((r) => r.status)) ?? 'unverifiable';
  const pending = state.pending;
  return (
    <button
      type="button"
      ref={setButton}
      class={`bl-overlay-chip bl-status-${status}${pending ? ' bl-overlay-chip-pending' : ''}`}
      aria-haspopup="dialog"
      aria-expanded={open ? 'true' : 'false'}
      aria-label={chipLabel(state.results, pending)}
      data-status={status}
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        onToggle();
      }}
    >
      {pending ? <Spinner size={12} /> : <StatusIcon status={status} size={12} decorative />}
      <span>{pending ? t('popup_checking') : t(statusMessageKey(status))}</span>
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
  const name = worst ? credentialName(worst.credential) : '';
  return (
    <div class="bl-root bl-popover" role="dialog" aria-label={t('overlay_dialog_label', name)} tabIndex={-1} data-testid="overlay-card">
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
    return { ref, host, mount, item, results: [], pending: false, button: null };
  };

  /** Put the host right after `point` (after any other chips already there), unless it is there already. */
  const place = (host: HTMLElement, point: Element) => {
    let cursor: ChildNode | null = host.previousSibling;
    while (cursor && isOverlayElement(cursor) && cursor !== point) cursor = cursor.previousSibling;
    if (host.isConnected && cursor === point) return;
    let after: ChildNode = point;
    while (after.nextSibling && isOverlayElement(after.nextSibling) && after.nextSibling !== host) after = after.nextSibling;
    after.after(host);
  };

  const removeChip = (state: ChipState) => {
    if (openRef === state.ref) close(false);
    render(null, state.mount);
    state.host.remove();
    chips.delete(state.ref);
  };

  const positionCard = () => {
    const state = openRef ? chips.get(openRef) : undefined;
    if (!card || !state || !view) return;
    const rect = state.host.getBoundingClientRect();
    const viewport = doc.documentElement.clientWidth || view.innerWidth;
    const width = Math.max(240, Math.min(380, viewport - 16));
    const left = Math.min(Math.max(8, rect.left), Math.max(8, viewport - width - 8)) + view.scrollX;
    const top = rect.bottom + 6 + view.scrollY;
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
    const path = event.composedPath();
    const chip = chips.get(openRef);
    if (path.includes(card.host) || (chip && path.includes(chip.host))) return;
    close(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !card || !openRef) return;
    const path = event.composedPath();
    const chip = chips.get(openRef);
    if (!path.includes(card.host) && !(chip && path.includes(chip.host))) return;
    event.stopPropagation();
    close(true);
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
      doc.addEventListener('keydown', onKeyDown, true);
      view?.addEventListener('resize', positionCard);
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
      doc.removeEventListener('keydown', onKeyDown, true);
      view?.removeEventListener('resize', positionCard);
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
        const point = insertionPoint(options.anchorFor(item.ref));
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
        place(state.host, point);
        renderChip(state);
      }
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
      destroyed = true;
    },
  };
}
