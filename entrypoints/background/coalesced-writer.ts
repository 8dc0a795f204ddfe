import { createSerialBatches } from './serial-batches';

/** How long a write waits after the last one, as a multiple of what the last one took. */
export const WRITE_GAP_FACTOR = 10;
/** The longest wait between writes, however slow storage was. */
export const MAX_WRITE_GAP_MS = 400;

export interface CoalescedWriter {
  /** Marks `key` (or every key given) changed; settles once a write that includes this change has finished (or failed). */
  write(key: string | readonly string[]): Promise<void>;
  /** Settles once nothing marked so far is waiting to be written. */
  flushed(): Promise<void>;
}

/**
 * One storage write at a time, carrying every key changed since the last: while a write is in flight or
 * resting, changes pile up and go together. The rest after a write is `WRITE_GAP_FACTOR` times what it took
 * (at most `MAX_WRITE_GAP_MS`), so writing a large state takes a bounded share of the worker's time and
 * a fast store (or a small state) is written at once.
 */
export function createCoalescedWriter(flush: (keys: string[]) => Promise<void>, now: () => number = () => Date.now()): CoalescedWriter {
  const writes = createSerialBatches<'store', string | readonly string[], Set<string>>({
    run: (_, keys) => flush([...keys]),
    merge: (keys, key) => {
      const batch = keys ?? new Set<string>();
      for (const k of typeof key === 'string' ? [key] : key) batch.add(k);
      return batch;
    },
    restMs: (tookMs) => Math.min(MAX_WRITE_GAP_MS, tookMs * WRITE_GAP_FACTOR),
    now,
  });
  return { write: (key) => writes.add('store', key), flushed: () => writes.idle() };
}
