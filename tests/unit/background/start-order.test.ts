import { describe, expect, it, vi } from 'vitest';
import { createStartRamp, FIRST_HOLD_MS, RAMP_ABOVE, startOrder } from '../../../entrypoints/background/start-order';
import type { TabItem } from '../../../lib/protocol/schemas';

const link = (ref: string): TabItem => ({
  ref,
  candidate: { kind: 'link', url: `https://a.example.org/${ref}.json` },
  state: 'pending',
  results: [],
});
const image = (ref: string): TabItem => ({
  ref,
  candidate: { kind: 'image', url: `https://a.example.org/${ref}.png` },
  state: 'pending',
  results: [],
});
const embedded = (ref: string): TabItem => ({
  ref,
  candidate: { kind: 'embedded', text: `{"id":"${ref}"}` },
  state: 'pending',
  results: [],
});

describe('start order', () => {
  it('takes the kinds in turn, each in page order, and drops or repeats nothing', () => {
    const items = [link('l1'), link('l2'), link('l3'), image('i1'), image('i2'), embedded('e1')];
    expect(startOrder(items).map((i) => i.ref)).toEqual(['l1', 'i1', 'e1', 'l2', 'i2', 'l3']);
    expect(startOrder([])).toEqual([]);
    expect(startOrder([image('i1'), image('i2')]).map((i) => i.ref)).toEqual(['i1', 'i2']);
  });
});

describe('start ramp', () => {
  const refs = (n: number) => Array.from({ length: n }, (_, i) => `r${i + 1}`);

  it('starts the first two of a large first batch, the rest once the page has a verdict', () => {
    const ramp = createStartRamp();
    const started: string[] = [];
    ramp.start(7, 'n1', refs(10), (ref) => started.push(ref));
    expect(started).toEqual(['r1', 'r2']);
    ramp.verdict(7, 'n1');
    expect(started).toEqual(refs(10));
    ramp.verdict(7, 'n1');
    expect(started).toHaveLength(10);
  });

  it('starts the rest after the hold when no verdict comes, and a verdict of another page view releases nothing', () => {
    vi.useFakeTimers();
    try {
      const ramp = createStartRamp();
      const started: string[] = [];
      ramp.start(7, 'n1', refs(10), (ref) => started.push(ref));
      ramp.verdict(7, 'n0');
      ramp.verdict(8, 'n1');
      vi.advanceTimersByTime(FIRST_HOLD_MS - 1);
      expect(started).toHaveLength(2);
      vi.advanceTimersByTime(1);
      expect(started).toEqual(refs(10));
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts a small first batch and every later batch whole, and per tab', () => {
    const ramp = createStartRamp();
    const started: string[] = [];
    ramp.start(7, 'n1', refs(RAMP_ABOVE), (ref) => started.push(`7:${ref}`));
    expect(started).toHaveLength(RAMP_ABOVE);
    ramp.start(7, 'n1', refs(10), (ref) => started.push(`7:${ref}`));
    expect(started).toHaveLength(RAMP_ABOVE + 10);
    ramp.start(8, 'n1', refs(10), (ref) => started.push(`8:${ref}`));
    expect(started.filter((s) => s.startsWith('8:'))).toEqual(['8:r1', '8:r2']);
  });

  it('drops what a page held back when the tab moves on or closes', () => {
    vi.useFakeTimers();
    try {
      const ramp = createStartRamp();
      const started: string[] = [];
      ramp.start(7, 'n1', refs(10), (ref) => started.push(`n1:${ref}`));
      ramp.start(7, 'n2', refs(10), (ref) => started.push(`n2:${ref}`));
      ramp.start(8, 'n1', refs(10), (ref) => started.push(`t8:${ref}`));
      ramp.forget(8);
      vi.advanceTimersByTime(FIRST_HOLD_MS);
      expect(started).toEqual([
        'n1:r1',
        'n1:r2',
        'n2:r1',
        'n2:r2',
        't8:r1',
        't8:r2',
        ...refs(10)
          .slice(2)
          .map((r) => `n2:${r}`),
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});
