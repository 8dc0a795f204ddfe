import { describe, expect, it } from 'vitest';
import { createToolbarQueue } from '../../../entrypoints/background/toolbar-queue';
import type { TabState } from '../../../lib/protocol/schemas';

const tab = (tabId: number, count: number): TabState => ({
  tabId,
  pageUrl: 'https://cv.example.net/',
  navigationId: 'n1',
  items: Array.from({ length: count }, (_, i) => ({
    ref: `r${i}`,
    candidate: { kind: 'link', url: `https://a.example.org/${i}.json` },
    state: 'done',
    results: [],
  })),
});

describe('toolbar queue', () => {
  it('paints at once, then once more for everything asked meanwhile, with the state as it is by then', async () => {
    const states = new Map<number, TabState>([[7, tab(7, 1)]]);
    const painted: number[] = [];
    const finishers: Array<() => void> = [];
    const queue = createToolbarQueue(
      (tabId) => states.get(tabId),
      (state) => {
        painted.push(state.items.length);
        return new Promise<void>((resolve) => finishers.push(resolve));
      },
    );
    const first = queue.paint(7);
    states.set(7, tab(7, 2));
    void queue.paint(7);
    states.set(7, tab(7, 3));
    const third = queue.paint(7);
    expect(painted).toEqual([1]);
    finishers.shift()!();
    await first;
    expect(painted).toEqual([1, 3]);
    finishers.shift()!();
    await third;
    await queue.idle();
    expect(painted).toEqual([1, 3]);
  });

  it('paints nothing for a tab that is gone, and a failed paint does not stop the next', async () => {
    const painted: number[] = [];
    let fail = true;
    const queue = createToolbarQueue(
      (tabId) => (tabId === 7 ? tab(7, 1) : undefined),
      async (state) => {
        painted.push(state.tabId);
        if (fail) {
          fail = false;
          throw new Error('No tab with id');
        }
      },
    );
    await queue.paint(8);
    await queue.paint(7);
    await queue.paint(7);
    expect(painted).toEqual([7, 7]);
  });
});
