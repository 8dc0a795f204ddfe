import { fromBase64 } from '../../lib/backpack/bytes';
import type { BackpackStorage } from '../../lib/backpack/store';
import { BackpackStorageError, plainStorageProblem } from './backpack-storage-problem';
import type { StorageArea } from './ports';

/** Earlier versions kept each badge in `storage.local` under this prefix, its file as base64 beside the metadata. */
export const LEGACY_PREFIX = 'backpack:';

/**
 * Moves the badges an earlier version kept in `storage.local` into `storage`, each removed from
 * `storage.local` once it is stored. A damaged one moves as it is (and is listed as damaged); one
 * already in `storage` is newer there and stays. Throws, in plain words, if any could not be moved:
 * those stay where they were and move on the next attempt.
 */
export async function moveLegacyBackpack(local: StorageArea, storage: BackpackStorage): Promise<number> {
  const all = await local.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(LEGACY_PREFIX));
  const moved: string[] = [];
  let failure: unknown;
  for (const key of keys) {
    const id = key.slice(LEGACY_PREFIX.length);
    try {
      if ((await storage.get(id)) === undefined) {
        const { value, file } = splitLegacyValue(all[key]);
        await storage.put(id, value, file);
      }
      moved.push(key);
    } catch (error) {
      failure ??= error;
    }
  }
  if (moved.length > 0) await local.remove(moved);
  if (failure !== undefined) {
    const left = keys.length - moved.length;
    throw new BackpackStorageError(
      `${left} ${left === 1 ? 'badge' : 'badges'} kept by an earlier version could not be moved to the new storage yet; they are safe and Badge Lens tries again. ${plainStorageProblem(failure)}`,
    );
  }
  return moved.length;
}

/** A legacy value as metadata and file: the base64 decoded, or the value as it was when it holds no readable file. */
export function splitLegacyValue(value: unknown): { value: unknown; file?: Uint8Array } {
  if (typeof value !== 'object' || value === null || !('base64' in value) || typeof value.base64 !== 'string') return { value };
  const { base64, ...meta } = value;
  try {
    return { value: meta, file: fromBase64(base64) };
  } catch {
    return { value };
  }
}
