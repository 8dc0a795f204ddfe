import type { Cache, Clock } from '../../lib/core/ports';
import { createMemoryCache } from '../../lib/net/memory-cache';
import { createCoalescedWriter } from './coalesced-writer';
import type { StorageArea } from './ports';

const PREFIX = 'cache:';

interface StoredEntry {
  value: unknown;
  expiresAt: number;
}

const isStoredEntry = (entry: unknown): entry is StoredEntry =>
  typeof entry === 'object' && entry !== null && 'expiresAt' in entry && typeof entry.expiresAt === 'number';

/**
 * Keys, profiles and lists kept in `storage.session`, so a service-worker restart loses nothing,
 * with a capped memory cache in front for the life of the worker. Verification never waits on
 * storage writes: a value is in memory at once and written behind, many entries per write
 * (`coalesced-writer.ts`); candidates asking for one key at once share one storage read.
 */
export function createSessionCache(clock: Clock, session: StorageArea): Cache & { clear(): Promise<void>; flushed(): Promise<void> } {
  let memory = createMemoryCache(clock);
  /** Entries set but not yet written, by storage key. */
  let unwritten = new Map<string, StoredEntry>();
  const reading = new Map<string, Promise<unknown>>();
  const writer = createCoalescedWriter((keys) => {
    const items = Object.fromEntries(keys.flatMap((k) => (unwritten.has(k) ? [[k, unwritten.get(k)]] : [])));
    for (const k of keys) unwritten.delete(k);
    return Object.keys(items).length > 0 ? session.set(items).catch(() => undefined) : Promise.resolve();
  });

  async function read(key: string): Promise<unknown> {
    const entry = unwritten.get(PREFIX + key) ?? (await session.get(PREFIX + key))[PREFIX + key];
    if (!isStoredEntry(entry)) return undefined;
    const ttlMs = entry.expiresAt - clock.now();
    if (ttlMs <= 0) {
      await session.remove(PREFIX + key);
      return undefined;
    }
    await memory.set(key, entry.value, ttlMs);
    return entry.value;
  }

  return {
    async get(key) {
      const remembered = await memory.get(key);
      if (remembered !== undefined) return remembered;
      let pending = reading.get(key);
      if (!pending) {
        pending = read(key).finally(() => reading.delete(key));
        reading.set(key, pending);
      }
      return pending;
    },
    async set(key, value, ttlMs) {
      if (ttlMs <= 0) return;
      await memory.set(key, value, ttlMs);
      unwritten.set(PREFIX + key, { value, expiresAt: clock.now() + ttlMs });
      void writer.write(PREFIX + key);
    },
    async clear() {
      memory = createMemoryCache(clock);
      unwritten = new Map();
      await writer.flushed();
      const all = await session.get(null);
      await session.remove(Object.keys(all).filter((k) => k.startsWith(PREFIX)));
    },
    /** Settles once every value set so far is in storage (or storage refused it). */
    flushed: () => writer.flushed(),
  };
}
