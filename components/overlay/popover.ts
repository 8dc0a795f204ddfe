/**
 * The card a chip opens: one at a time, in its own shadow host at the end of the document, placed by
 * the chip, focused when it opens and closed by a click outside it (or by its own controls).
 */
import { type ComponentChild, render } from 'preact';
import type { ChipState } from './chip-view';
import { cardPosition } from './layout';
import type { ShadowHost } from './shadow-host';

export interface PopoverOptions {
  doc: Document;
  /** A new, unattached host for the card of chip `ref`. */
  createHost: (ref: string) => ShadowHost;
  chipFor: (ref: string) => ChipState | undefined;
  /** The card's content; `close` closes it and returns focus to the chip. */
  content: (state: ChipState, close: () => void) => ComponentChild;
  /** The chip's open state changed: draw it again. */
  onToggled: (state: ChipState) => void;
}

export interface Popover {
  /** The chip whose card is open. */
  openRef(): string | undefined;
  open(ref: string): void;
  close(returnFocus: boolean): void;
  /** Draw the open card again (its chip's results changed) and place it. */
  refresh(): void;
  /** Place the open card by its chip (after layout, scrolling or resizing). */
  position(): void;
}

export function createPopover(options: PopoverOptions): Popover {
  const { doc } = options;
  let openRef: string | undefined;
  let card: ShadowHost | undefined;

  const draw = () => {
    const state = openRef ? options.chipFor(openRef) : undefined;
    if (card && state)
      render(
        options.content(state, () => close(true)),
        card.mount,
      );
  };

  const position = () => {
    const state = openRef ? options.chipFor(openRef) : undefined;
    const view = doc.defaultView;
    if (!card || !state || !view) return;
    const chip = (state.button ?? state.host).getBoundingClientRect();
    const width = doc.documentElement.clientWidth || view.innerWidth;
    const cardHeight = card.host.getBoundingClientRect().height;
    const height = doc.documentElement.clientHeight || view.innerHeight;
    const rtl = card.mount.dir === 'rtl';
    const place = cardPosition(chip, cardHeight, { width, height, scrollX: view.scrollX, scrollY: view.scrollY }, rtl);
    card.host.style.setProperty('top', `${place.top}px`, 'important');
    card.host.style.setProperty('left', `${place.left}px`, 'important');
    card.host.style.setProperty('width', `${place.width}px`, 'important');
  };

  const onPointerDown = (event: Event) => {
    if (!card || !openRef) return;
    const path = eventPath(event);
    const chip = options.chipFor(openRef);
    if (path.includes(card.host) || (chip && path.includes(chip.host))) return;
    close(false);
  };

  function open(ref: string) {
    const state = options.chipFor(ref);
    if (!state) return;
    if (openRef && openRef !== ref) close(false);
    openRef = ref;
    if (!card) {
      card = options.createHost(ref);
      doc.documentElement.appendChild(card.host);
      doc.addEventListener('pointerdown', onPointerDown, true);
    }
    card.host.setAttribute('data-badge-lens-ref', ref);
    draw();
    position();
    options.onToggled(state);
    card.mount.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
  }

  function close(returnFocus: boolean) {
    const state = openRef ? options.chipFor(openRef) : undefined;
    openRef = undefined;
    if (card) {
      render(null, card.mount);
      card.host.remove();
      card = undefined;
      doc.removeEventListener('pointerdown', onPointerDown, true);
    }
    if (state) {
      options.onToggled(state);
      if (returnFocus) state.button?.focus();
    }
  }

  return {
    openRef: () => openRef,
    open,
    close,
    refresh() {
      draw();
      position();
    },
    position,
  };
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
