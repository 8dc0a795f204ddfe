import { createSerialBatches } from './serial-batches';

/** How long a write waits after the last one, as a multiple of what the last one took. */
export const WRITE_GAP_FACTOR = 10;
/** The longest wait between writes, however slow storage was. */
export const MAX_WRITE_GAP_MS = 400;

export interface CoalescedWriter {
  /**
   * Marks `key` (or every key given) changed; settles once a write that includes this change has
   * finished (or failed). `urgent`: the write does not wait out the rest (what a restarted worker
   * must find, such as a page's new items), only the write in flight.
   */
  write(key: string | readonly string[], urgent?: boolean): Promise<void>;
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
  const writes = createSerialBatches<'store', { key: string | readonly string[]; urgent: boolean }, Batch>({
    run: (_, batch) => flush([...batch.keys]),
    merge: (waiting, { key, urgent }) => {
      const batch = waiting ?? { keys: new Set<string>(), urgent: false };
      for (const k of typeof key === 'string' ? [key] : key) batch.keys.add(k);
      batch.urgent ||= urgent;
      return batch;
    },
    restMs: (tookMs) => Math.min(MAX_WRITE_GAP_MS, tookMs * WRITE_GAP_FACTOR),
    urgent: (batch) => batch.urgent,
    now,
  });
  return { write: (key, urgent = false) => writes.add('store', { key, urgent }), flushed: () => writes.idle() };
}

interface Batch {
  keys: Set<string>;
  urgent: boolean;
}
