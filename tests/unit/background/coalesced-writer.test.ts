import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCoalescedWriter, MAX_WRITE_GAP_MS, WRITE_GAP_FACTOR } from '../../../entrypoints/background/coalesced-writer';
import { createTabStore } from '../../../entrypoints/background/tab-store';
import type { TabState } from '../../../lib/protocol/schemas';
import { fakeStorageArea, result, storedTab } from './fakes';

/** A store whose writes take `costMs` of (fake) time each, recording what each write carried. */
function slowStore(costMs: number) {
  const writes: string[][] = [];
  const flush = async (keys: string[]) => {
    writes.push(keys);
    await new Promise((resolve) => setTimeout(resolve, costMs));
  };
  return { writes, writer: createCoalescedWriter(flush) };
}

const tab = (items: number): TabState => ({
  tabId: 3,
  pageUrl: 'https://cv.example.net/',
  navigationId: 'n1',
  items: Array.from({ length: items }, (_, i) => ({
    ref: `r${i}`,
    candidate: { kind: 'link' as const, url: `https://a.example.org/${i}.json` },
    state: 'pending' as const,
    results: [],
  })),
});

describe('coalesced writer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes at once when idle, then gathers every change made during a write and its rest into one', async () => {
    const { writes, writer } = slowStore(20);
    const first = writer.write('tab:1');
    expect(writes).toEqual([['tab:1']]);
    const later = ['tab:1', 'tab:2', 'tab:1', 'tab:3'].map((k) => writer.write(k));
    await vi.advanceTimersByTimeAsync(20);
    await first;
    // 20 ms of writing earns a rest before the next write.
    expect(writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(Math.min(MAX_WRITE_GAP_MS, 20 * WRITE_GAP_FACTOR));
    expect(writes).toEqual([['tab:1'], ['tab:1', 'tab:2', 'tab:3']]);
    await vi.advanceTimersByTimeAsync(20);
    await Promise.all(later);
  });

  it('an urgent write waits for the write in flight, not for the rest after it', async () => {
    const { writes, writer } = slowStore(30);
    void writer.write('a');
    void writer.write('verdict');
    const urgent = writer.write('items', true);
    await vi.advanceTimersByTimeAsync(30);
    expect(writes).toEqual([['a'], ['verdict', 'items']]);
    await vi.advanceTimersByTimeAsync(30);
    await urgent;
    void writer.write('later');
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toHaveLength(2);
  });

  it('rests at most MAX_WRITE_GAP_MS however slow a write was', async () => {
    const { writes, writer } = slowStore(1000);
    void writer.write('a');
    await vi.advanceTimersByTimeAsync(1000);
    void writer.write('b');
    await vi.advanceTimersByTimeAsync(MAX_WRITE_GAP_MS - 1);
    expect(writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual([['a'], ['b']]);
  });

  it('a refused write still settles its waiters, and the next change is written', async () => {
    let refuse = true;
    const written: string[][] = [];
    const writer = createCoalescedWriter(async (keys) => {
      if (refuse) throw new Error('quota exceeded');
      written.push(keys);
    });
    await writer.write('a');
    refuse = false;
    await writer.write('b');
    await writer.flushed();
    expect(written).toEqual([['b']]);
  });

  it('flushed() waits for changes still resting', async () => {
    const { writes, writer } = slowStore(10);
    void writer.write('a');
    void writer.write('b');
    let done = false;
    void writer.flushed().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(MAX_WRITE_GAP_MS + 10);
    expect(done).toBe(true);
    expect(writes).toEqual([['a'], ['b']]);
  });
});

describe('tab store over a slow storage', () => {
  it('200 verdicts arriving together are a handful of writes, the last holding all of them', async () => {
    const session = fakeStorageArea();
    let sets = 0;
    const set = session.set;
    session.set = async (items) => {
      sets++;
      await new Promise((resolve) => setTimeout(resolve, 2));
      return set(items);
    };
    const store = createTabStore(session);
    await store.save(tab(200));
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => store.changeItem(3, 'n1', `r${i}`, { state: 'done', results: [result('verified')] })),
    );
    await store.flushed();
    expect(sets).toBeLessThanOrEqual(3);
    const stored = storedTab(session, 3) as TabState;
    expect(stored.items.every((i) => i.state === 'done')).toBe(true);
  });

  it("a page's new items are in storage as soon as the write before them is, so a worker stopped then finds them pending", async () => {
    vi.useFakeTimers();
    const session = fakeStorageArea();
    const set = session.set;
    session.set = async (items) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return set(items);
    };
    const store = createTabStore(session);
    const reset = store.reset(3, 'https://cv.example.net/', 'n1');
    await vi.advanceTimersByTimeAsync(30);
    await reset;
    void store.save(tab(2));
    // The reset's write earned a rest of 300 ms; the items do not wait it out.
    await vi.advanceTimersByTimeAsync(31);
    vi.useRealTimers();
    const restarted = await createTabStore(session).all();
    expect(restarted.map((t) => t.items.map((i) => [i.ref, i.state]))).toEqual([
      [
        ['r0', 'pending'],
        ['r1', 'pending'],
      ],
    ]);
  });

  it('a removed tab is not written back by a write that was waiting', async () => {
    const session = fakeStorageArea();
    const store = createTabStore(session);
    await store.save(tab(1));
    void store.changeItem(3, 'n1', 'r0', { state: 'done' });
    await store.remove(3);
    await store.flushed();
    expect(storedTab(session, 3)).toBeUndefined();
    expect(session.data.size).toBe(0);
  });
});
