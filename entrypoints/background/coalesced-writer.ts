/** How long a write waits after the last one, as a multiple of what the last one took. */
export const WRITE_GAP_FACTOR = 10;
/** The longest wait between writes, however slow storage was. */
export const MAX_WRITE_GAP_MS = 400;

export interface CoalescedWriter {
  /** Marks `key` changed; settles once a write that includes this change has finished (or failed). */
  write(key: string): Promise<void>;
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
  const dirty = new Set<string>();
  let running: Promise<void> | undefined;
  let restUntil = 0;
  let next: { promise: Promise<void>; resolve: () => void } | undefined;

  function nextWrite() {
    if (!next) {
      let resolve = () => {};
      const promise = new Promise<void>((r) => (resolve = r));
      next = { promise, resolve };
    }
    return next.promise;
  }

  function start(): void {
    if (running || dirty.size === 0) return;
    const wait = restUntil - now();
    if (wait > 0) {
      running = new Promise<void>((resolve) => setTimeout(resolve, wait)).then(() => {
        running = undefined;
        start();
      });
      return;
    }
    const keys = [...dirty];
    dirty.clear();
    const done = next;
    next = undefined;
    const began = now();
    running = flush(keys)
      .catch(() => undefined)
      .then(() => {
        restUntil = now() + Math.min(MAX_WRITE_GAP_MS, (now() - began) * WRITE_GAP_FACTOR);
        running = undefined;
        done?.resolve();
        start();
      });
  }

  return {
    write(key) {
      dirty.add(key);
      const written = nextWrite();
      start();
      return written;
    },
    async flushed() {
      while (running || dirty.size > 0) await (running ?? nextWrite());
    },
  };
}
