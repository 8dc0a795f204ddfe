import type { Clock } from '../../lib/core/ports';

export interface RecentCache<T> {
  /** The value kept for `key` (or being computed), unless it is older than the window or `fresh` is asked for. */
  get(key: string, compute: () => Promise<T>, options?: { fresh?: boolean }): Promise<T>;
  clear(): void;
}

/**
 * Values computed recently, in memory, for `windowMs` after each was computed; concurrent asks for one
 * key share one computation. A computation that rejects is forgotten. The oldest entries go first.
 */
export function createRecentCache<T>(clock: Clock, windowMs: number, maxEntries: number): RecentCache<T> {
  const entries = new Map<string, { value: Promise<T>; expiresAt: number }>();
  return {
    get(key, compute, options = {}) {
      const kept = entries.get(key);
      if (kept && !options.fresh && kept.expiresAt > clock.now()) return kept.value;
      const entry = { value: compute(), expiresAt: Number.POSITIVE_INFINITY };
      entries.delete(key);
      entries.set(key, entry);
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      entry.value.then(
        () => {
          entry.expiresAt = clock.now() + windowMs;
        },
        () => {
          if (entries.get(key) === entry) entries.delete(key);
        },
      );
      return entry.value;
    },
    clear: () => entries.clear(),
  };
}
