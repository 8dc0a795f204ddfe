import { MAX_BACKPACK_ITEMS } from '../protocol/backpack-schemas';
import { LIMITS } from '../protocol/limits';

/**
 * The most one import takes, so a huge file ends as a message, never a frozen page or a worker out of memory.
 */
export const IMPORT_LIMITS = {
  /** Bytes of one dropped or chosen file: what one message carries as base64 (`LIMITS.fileBase64`). */
  fileBytes: Math.floor(LIMITS.fileBase64 / 4) * 3,
  /** Characters of pasted text (`LIMITS.bulk`). */
  textChars: LIMITS.bulk,
  /** Files one zip may hold: a whole backpack export, its badges and `index.json`. */
  zipFiles: MAX_BACKPACK_ITEMS + 1,
  /** Bytes one zip may unpack to, all its files together: far above any set of badges, far below a zip bomb. */
  zipBytes: 64_000_000,
  /** Badges one import verifies (each may need its issuer's site, and the page waits for the whole import). */
  items: 200,
} as const;

/** Bytes in plain words: "9 MB". */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 100_000) / 10} MB`;
}
