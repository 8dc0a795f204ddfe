import { describe, expect, it } from 'vitest';
import { cardPosition, cornerOffset, fitsBeside, hasSize, type Box } from '../../../components/overlay/layout';
import { CORNER_SIZE } from '../../../components/overlay/placement';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});
const viewport = { width: 1000, height: 800, scrollX: 0, scrollY: 0 };

describe('chip fit', () => {
  const container = box(100, 100, 300, 200);

  it('fits a chip inside its container, with a pixel of slack for rounding', () => {
    expect(fitsBeside(box(150, 150, 60, 20), container, false)).toBe(true);
    expect(fitsBeside(box(341, 150, 60, 20), container, true)).toBe(true);
  });

  it('does not fit a chip past either side of its container', () => {
    expect(fitsBeside(box(350, 150, 60, 20), container, false)).toBe(false);
    expect(fitsBeside(box(98, 150, 60, 20), container, false)).toBe(false);
  });

  it('lets a chip hang below its container only when the container does not clip', () => {
    const below = box(150, 290, 60, 20);
    expect(fitsBeside(below, container, false)).toBe(true);
    expect(fitsBeside(below, container, true)).toBe(false);
  });

  it('treats an element without size as not laid out', () => {
    expect(hasSize(box(10, 10, 0, 0))).toBe(false);
    expect(hasSize(box(10, 10, 0, 5))).toBe(true);
  });
});

describe('corner chip', () => {
  it('sits just inside the anchor’s bottom-right corner, relative to its host', () => {
    const anchor = box(100, 100, 64, 64);
    const host = box(164, 150, 0, 0);
    expect(cornerOffset(anchor, host)).toEqual({ left: 164 - 164 - CORNER_SIZE - 2, top: 164 - 150 - CORNER_SIZE - 2 });
  });

  it('rounds to whole pixels and has no place on an anchor without size', () => {
    expect(cornerOffset(box(0.4, 0.4, 50.3, 50.3), box(0, 0, 0, 0))).toEqual({ left: 29, top: 29 });
    expect(cornerOffset(box(100, 100, 0, 0), box(100, 100, 0, 0))).toBeUndefined();
  });
});

describe('card position', () => {
  it('goes below the chip, aligned with it, at most 380 px wide', () => {
    expect(cardPosition(box(200, 100, 60, 20), 300, viewport)).toEqual({ top: 126, left: 200, width: 380 });
  });

  it('goes above the chip when there is no room below but there is above', () => {
    expect(cardPosition(box(200, 700, 60, 20), 300, viewport)).toEqual({ top: 394, left: 200, width: 380 });
  });

  it('stays below when there is room neither below nor above', () => {
    expect(cardPosition(box(200, 200, 60, 20), 700, { ...viewport, height: 600 })).toEqual({ top: 226, left: 200, width: 380 });
  });

  it('keeps inside the viewport’s sides, and narrows on a small viewport down to 240 px', () => {
    expect(cardPosition(box(900, 100, 60, 20), 300, viewport).left).toBe(1000 - 380 - 8);
    expect(cardPosition(box(2, 100, 60, 20), 300, viewport).left).toBe(8);
    expect(cardPosition(box(10, 100, 60, 20), 300, { ...viewport, width: 300 }).width).toBe(284);
    expect(cardPosition(box(10, 100, 60, 20), 300, { ...viewport, width: 200 }).width).toBe(240);
  });

  it('is in page coordinates: the scroll offset is added, and the result rounded', () => {
    expect(cardPosition(box(200.4, 100.3, 60, 20), 300, { ...viewport, scrollX: 10, scrollY: 500 })).toEqual({
      top: 626,
      left: 210,
      width: 380,
    });
  });
});
