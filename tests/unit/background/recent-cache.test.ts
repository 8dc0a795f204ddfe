import { describe, expect, it } from 'vitest';
import { createRecentCache } from '../../../entrypoints/background/recent-cache';

function setup(maxEntries = 10) {
  const clock = { time: 0, now: () => clock.time };
  const cache = createRecentCache<number>(clock, 1000, maxEntries);
  let computed = 0;
  const compute = () => Promise.resolve(++computed);
  return { clock, cache, compute, computed: () => computed };
}

describe('recent cache', () => {
  it('keeps a value for its window, counted from when it was computed', async () => {
    const { clock, cache, compute, computed } = setup();
    expect(await cache.get('a', compute)).toBe(1);
    clock.time = 999;
    expect(await cache.get('a', compute)).toBe(1);
    clock.time = 1000;
    expect(await cache.get('a', compute)).toBe(2);
    expect(computed()).toBe(2);
  });

  it('shares a computation still running, even past the window', async () => {
    const { clock, cache } = setup();
    let finish: (n: number) => void = () => undefined;
    let calls = 0;
    const slow = () => {
      calls++;
      return new Promise<number>((resolve) => (finish = resolve));
    };
    const first = cache.get('a', slow);
    clock.time = 5000;
    const second = cache.get('a', slow);
    finish(7);
    expect([await first, await second]).toEqual([7, 7]);
    expect(calls).toBe(1);
  });

  it('fresh computes again and keeps the new value', async () => {
    const { cache, compute } = setup();
    await cache.get('a', compute);
    expect(await cache.get('a', compute, { fresh: true })).toBe(2);
    expect(await cache.get('a', compute)).toBe(2);
  });

  it('forgets a computation that rejects', async () => {
    const { cache, compute } = setup();
    await expect(cache.get('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await Promise.resolve();
    expect(await cache.get('a', compute)).toBe(1);
  });

  it('holds at most maxEntries, dropping the oldest, and clear empties it', async () => {
    const { cache, compute } = setup(2);
    await cache.get('a', compute);
    await cache.get('b', compute);
    await cache.get('c', compute);
    expect(await cache.get('b', compute)).toBe(2);
    expect(await cache.get('a', compute)).toBe(4);
    cache.clear();
    expect(await cache.get('a', compute)).toBe(5);
  });
});
