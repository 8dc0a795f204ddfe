/** The overlay's geometry: pure functions of rectangles, so they can be tested without a layout engine. */
import { CORNER_SIZE } from './placement';

/** The part of a `DOMRect` the geometry reads. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** The visible area of the page and how far it is scrolled. */
export interface Viewport {
  width: number;
  height: number;
  scrollX: number;
  scrollY: number;
}

/** False for an element that is not laid out (hidden): there is nothing to decide about it. */
export function hasSize(box: Box): boolean {
  return box.width !== 0 || box.height !== 0;
}

/**
 * Whether a chip laid out beside its anchor stays inside its container: not past either side, and not
 * below the bottom of a container that clips.
 */
export function fitsBeside(chip: Box, container: Box, containerClips: boolean): boolean {
  if (chip.right > container.right + 1 || chip.left < container.left - 1) return false;
  return !(containerClips && chip.bottom > container.bottom + 1);
}

/**
 * Where a chip that does not fit goes, relative to its zero-size host: just inside the anchor's
 * bottom corner on its inline-end side (bottom-right, bottom-left when the page runs right to left),
 * so a container that clips its content keeps it whole. Undefined for an anchor with no size.
 */
export function cornerOffset(anchor: Box, host: Box, rtl = false): { left: number; top: number } | undefined {
  if (!hasSize(anchor)) return undefined;
  return {
    left: Math.round(rtl ? anchor.left - host.left + 2 : anchor.right - host.left - CORNER_SIZE - 2),
    top: Math.round(anchor.bottom - host.top - CORNER_SIZE - 2),
  };
}

const CARD_MIN_WIDTH = 240;
const CARD_MAX_WIDTH = 380;
const MARGIN = 8;
const GAP = 6;

/**
 * Where the card goes, in page coordinates: below the chip, or above it when there is no room below
 * but there is above; as wide as fits between 240 and 380 px, and kept inside the viewport's sides.
 * Its start edge lines up with the chip's: the left edge, or the right edge for a right-to-left card.
 */
export function cardPosition(chip: Box, cardHeight: number, viewport: Viewport, rtl = false): { top: number; left: number; width: number } {
  const width = Math.max(CARD_MIN_WIDTH, Math.min(CARD_MAX_WIDTH, viewport.width - 2 * MARGIN));
  const start = rtl ? chip.right - width : chip.left;
  const left = Math.min(Math.max(MARGIN, start), Math.max(MARGIN, viewport.width - width - MARGIN)) + viewport.scrollX;
  const above = chip.bottom + GAP + cardHeight > viewport.height && chip.top - GAP - cardHeight >= 0;
  const top = (above ? chip.top - GAP - cardHeight : chip.bottom + GAP) + viewport.scrollY;
  return { top: Math.round(top), left: Math.round(left), width: Math.round(width) };
}
