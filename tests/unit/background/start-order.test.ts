import { describe, expect, it } from 'vitest';
import { startOrder } from '../../../entrypoints/background/start-order';
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
