import { browser } from 'wxt/browser';
import type { Cache, Clock } from '../../lib/core/ports';

const PREFIX = 'cache:';

/**
 * Keys, profiles and lists kept in `storage.session`, so a service-worker restart loses nothing,
 * with a memory layer in front for the life of the worker.
 */
export function createSessionCache(clock: Clock): Cache & { clear(): Promise<void> } {
  const memory = new Map<string, { value: unknown; expiresAt: number }>();
  return {
    async get(key) {
      let entry = memory.get(key);
      if (!entry) {
        const stored = await browser.storage.session.get(PREFIX + key);
        entry = stored[PREFIX + key] as typeof entry;
        if (entry) memory.set(key, entry);
      }
      if (!entry) return undefined;
      if (entry.expiresAt <= clock.now()) {
        memory.delete(key);
        await browser.storage.session.remove(PREFIX + key);
        return undefined;
      }
      return entry.value;
    },
    async set(key, value, ttlMs) {
      if (ttlMs <= 0) return;
      const entry = { value, expiresAt: clock.now() + ttlMs };
      memory.set(key, entry);
      await browser.storage.session.set({ [PREFIX + key]: entry }).catch(() => undefined);
    },
    async clear() {
      memory.clear();
      const all = await browser.storage.session.get(null);
      await browser.storage.session.remove(Object.keys(all).filter((k) => k.startsWith(PREFIX)));
    },
  };
}
