import { describe, expect, it } from 'vitest';
import { createSessionCache } from '../../../entrypoints/background/session-cache';
import { fixedClock } from '../../support/env';
import { fakeStorageArea } from './fakes';

describe('session cache', () => {
  it('keeps values in storage.session for a restarted worker, until they expire', async () => {
    const clock = fixedClock('2026-11-22T12:00:00Z');
    const session = fakeStorageArea();
    const cache = createSessionCache(clock, session);
    await cache.set('key:a', { k: 1 }, 60_000);
    await cache.flushed();
    expect(session.data.get('cache:key:a')).toEqual({ value: { k: 1 }, expiresAt: clock.now() + 60_000 });

    const restarted = createSessionCache(clock, session);
    expect(await restarted.get('key:a')).toEqual({ k: 1 });
    clock.set('2026-11-22T12:01:00Z');
    expect(await restarted.get('key:a')).toBeUndefined();
    expect(await createSessionCache(clock, session).get('key:a')).toBeUndefined();
    expect(session.data.has('cache:key:a')).toBe(false);
  });

  it('answers from memory without reading storage again', async () => {
    const clock = fixedClock();
    const session = fakeStorageArea();
    const cache = createSessionCache(clock, session);
    await cache.set('a', 'one', 1000);
    await cache.flushed();
    session.data.clear();
    expect(await cache.get('a')).toBe('one');
  });

  it('does not make verification wait for storage: a value is there at once, written behind, many per write', async () => {
    const clock = fixedClock();
    const session = fakeStorageArea();
    let writes = 0;
    const set = session.set.bind(session);
    // Storage that takes a few milliseconds, as the browser's does.
    session.set = async (items) => {
      writes++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return set(items);
    };
    const cache = createSessionCache(clock, session);
    for (let i = 0; i < 20; i++) await cache.set(`k${i}`, i, 60_000);
    expect(await cache.get('k3')).toBe(3);
    await cache.flushed();
    expect(session.data.get('cache:k19')).toEqual({ value: 19, expiresAt: clock.now() + 60_000 });
    expect(writes).toBeLessThanOrEqual(2);
  });

  it('candidates asking for one key at once share one storage read', async () => {
    const clock = fixedClock();
    const session = fakeStorageArea({ 'cache:a': { value: 'one', expiresAt: clock.now() + 60_000 } });
    let reads = 0;
    const get = session.get.bind(session);
    session.get = (keys) => {
      reads++;
      return get(keys);
    };
    const cache = createSessionCache(clock, session);
    expect(await Promise.all([cache.get('a'), cache.get('a'), cache.get('a')])).toEqual(['one', 'one', 'one']);
    expect(reads).toBe(1);
  });

  it('puts what it read from storage in memory for the rest of its time to live', async () => {
    const clock = fixedClock('2026-11-22T12:00:00Z');
    const session = fakeStorageArea({ 'cache:a': { value: 'one', expiresAt: Date.parse('2026-11-22T12:00:10Z') } });
    const cache = createSessionCache(clock, session);
    expect(await cache.get('a')).toBe('one');
    session.data.clear();
    expect(await cache.get('a')).toBe('one');
    clock.set('2026-11-22T12:00:10Z');
    expect(await cache.get('a')).toBeUndefined();
  });

  it('ignores a zero time to live, entries of the wrong shape and storage that refuses writes', async () => {
    const clock = fixedClock();
    const session = fakeStorageArea({ 'cache:odd': 'not an entry' });
    const cache = createSessionCache(clock, session);
    await cache.set('b', 'two', 0);
    expect(session.data.has('cache:b')).toBe(false);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('odd')).toBeUndefined();
    session.failWrites = true;
    await cache.set('c', 'three', 1000);
    expect(await cache.get('c')).toBe('three');
  });

  it('caps its memory layer; evicted entries still come back from storage', async () => {
    const clock = fixedClock();
    const session = fakeStorageArea();
    const cache = createSessionCache(clock, session);
    for (let i = 0; i < 600; i++) await cache.set(`k${i}`, i, 60_000);
    await cache.flushed();
    session.data.delete('cache:k599');
    expect(await cache.get('k599')).toBe(599);
    expect(await cache.get('k0')).toBe(0);
    session.data.delete('cache:k1');
    expect(await cache.get('k1')).toBeUndefined();
  });

  it('clear empties memory and its own storage keys, and leaves the tabs alone', async () => {
    const clock = fixedClock();
    const session = fakeStorageArea({ 'tab:1': { tabId: 1 } });
    const cache = createSessionCache(clock, session);
    await cache.set('a', 'one', 1000);
    await cache.clear();
    expect(await cache.get('a')).toBeUndefined();
    expect([...session.data.keys()]).toEqual(['tab:1']);
  });
});
