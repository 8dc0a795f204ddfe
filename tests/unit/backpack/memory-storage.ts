import type { Added, BackpackStorage } from '../../../lib/backpack/store';
import type { BackpackEntry } from '../../../lib/protocol/backpack-schemas';

/** The backpack's storage port in memory, with values copied like structured clone would (so tests see what was stored, not a live object). */
export function memoryStorage(
  initial: Record<string, unknown> = {},
): BackpackStorage & { data: Map<string, unknown>; files: Map<string, Uint8Array> } {
  const data = new Map<string, unknown>(Object.entries(initial));
  const files = new Map<string, Uint8Array>();
  return {
    data,
    files,
    list: async () => [...data.entries()].map(([key, value]) => ({ key, value: structuredClone(value), hasFile: files.has(key) })),
    get: async (key) => structuredClone(data.get(key)),
    file: async (key) => files.get(key)?.slice(),
    put: async (key, value, file) => {
      data.set(key, structuredClone(value));
      if (file) files.set(key, file.slice());
    },
    remove: async (key) => {
      data.delete(key);
      files.delete(key);
    },
    clear: async () => {
      data.clear();
      files.clear();
    },
  };
}

/** The entry an add kept or found again; fails the test when the backpack was full. */
export function entryOf(added: Added): BackpackEntry {
  if (!('entry' in added)) throw new Error(`not added: ${added.reason}`);
  return added.entry;
}
