import type { Cache, Clock } from '../../lib/core/ports';
import { createMemoryCache } from '../../lib/net/memory-cache';
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
 * with a capped memory cache in front for the life of the worker.
 */
export function createSessionCache(clock: Clock, session: StorageArea): Cache & { clear(): Promise<void> } {
  let memory = createMemoryCache(clock);
  return {
    async get(key) {
      const remembered = await memory.get(key);
      if (remembered !== undefined) return remembered;
      const entry = (await session.get(PREFIX + key))[PREFIX + key];
      if (!isStoredEntry(entry)) return undefined;
      const ttlMs = entry.expiresAt - clock.now();
      if (ttlMs <= 0) {
        await session.remove(PREFIX + key);
        return undefined;
      }
      await memory.set(key, entry.value, ttlMs);
      return entry.value;
    },
    async set(key, value, ttlMs) {
      if (ttlMs <= 0) return;
      await memory.set(key, value, ttlMs);
      const entry: StoredEntry = { value, expiresAt: clock.now() + ttlMs };
      await session.set({ [PREFIX + key]: entry }).catch(() => undefined);
    },
    async clear() {
      memory = createMemoryCache(clock);
      const all = await session.get(null);
      await session.remove(Object.keys(all).filter((k) => k.startsWith(PREFIX)));
    },
  };
}
