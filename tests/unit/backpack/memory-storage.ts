import type { BackpackStorage } from '../../../lib/backpack/store';

/** The backpack's storage port in memory, with values copied like structured clone would (so tests see what was stored, not a live object). */
export function memoryStorage(initial: Record<string, unknown> = {}): BackpackStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(initial));
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    remove: async (key) => void data.delete(key),
    keys: async () => [...data.keys()],
  };
}
