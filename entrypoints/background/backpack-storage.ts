import type { BackpackStorage } from '../../lib/backpack/store';
import type { StorageArea } from './ports';

const PREFIX = 'backpack:';

/**
 * The backpack in `storage.local` (with `unlimitedStorage`), one key per badge under a prefix.
 * Listing reads the whole area, which is fine for hundreds of badges; IndexedDB (through `idb`)
 * would list keys alone and hold bytes without base64.
 */
export function localBackpackStorage(local: StorageArea): BackpackStorage {
  return {
    get: async (key) => (await local.get(PREFIX + key))[PREFIX + key],
    set: (key, value) => local.set({ [PREFIX + key]: value }),
    remove: (key) => local.remove(PREFIX + key),
    keys: async () =>
      Object.keys(await local.get(null))
        .filter((k) => k.startsWith(PREFIX))
        .map((k) => k.slice(PREFIX.length)),
  };
}
