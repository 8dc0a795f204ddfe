import type { ChipState } from './chip-view';
import { cornerOffset, fitsBeside, hasSize } from './layout';
import { CORNER_HOST_STYLE, HOST_STYLE } from './placement';

/**
 * Lays out chips: beside the anchor when the chip fits in its container; otherwise (a narrow logo
 * column, a box that clips) over the anchor's bottom corner on the page's inline-end side, taking no room. Batched: all
 * writes, then all reads. `redraw` renders a chip whose corner changed.
 */
export function layoutChips(todo: readonly ChipState[], view: Window | null, redraw: (state: ChipState) => void): void {
  for (const state of todo) {
    state.needsLayout = false;
    if (state.corner) {
      state.corner = undefined;
      state.host.setAttribute('style', HOST_STYLE);
      redraw(state);
    }
  }
  const misfits = todo.filter((state) => {
    const parent = state.host.parentElement;
    if (!parent || !state.anchor) return false;
    const chip = state.host.getBoundingClientRect();
    if (!hasSize(chip)) return false;
    const container = parent.getBoundingClientRect();
    const style = view?.getComputedStyle(parent);
    const clips = style ? style.overflowX !== 'visible' || style.overflowY !== 'visible' : false;
    return !fitsBeside(chip, container, clips);
  });
  for (const state of misfits) state.host.setAttribute('style', CORNER_HOST_STYLE);
  for (const state of misfits) {
    const rtl = view?.getComputedStyle(state.host).direction === 'rtl';
    state.corner = cornerOffset(state.anchor!.getBoundingClientRect(), state.host.getBoundingClientRect(), rtl);
    if (!state.corner) state.host.setAttribute('style', HOST_STYLE);
  }
  for (const state of misfits) redraw(state);
}
