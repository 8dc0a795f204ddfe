/**
 * Per key, one run at a time over everything asked since the last: asks arriving while a run is in
 * flight (or resting after one) are folded into the next batch and go together. After a run the key
 * rests `restMs(tookMs)` before the next starts, unless the batch waiting is `urgent`: that one goes as
 * soon as the run before it has finished. The tab store's writes, pushes to a tab and toolbar paints
 * are each one of these.
 */
export interface SerialBatches<K, A> {
  /** Folds `ask` into `key`'s next batch; settles once a run carrying it has finished (or failed). */
  add(key: K, ask: A): Promise<void>;
  /** Settles once nothing is waiting, resting or running. */
  idle(): Promise<void>;
}

export interface SerialBatchOptions<K, A, B> {
  run(key: K, batch: B): Promise<void>;
  /** The batch with `ask` folded in (`waiting` is undefined when no batch waits). */
  merge(waiting: B | undefined, ask: A): B;
  restMs?: (tookMs: number) => number;
  /** A batch that should not wait out the rest (asked again each time the batch grows). */
  urgent?: (batch: B) => boolean;
  now?: () => number;
}

export function createSerialBatches<K, A, B>(options: SerialBatchOptions<K, A, B>): SerialBatches<K, A> {
  const { run, merge, restMs = () => 0, urgent = () => false, now = () => Date.now() } = options;
  const waiting = new Map<K, { batch: B; done: Promise<void>; resolve: () => void }>();
  const running = new Map<K, Promise<void>>();
  const restUntil = new Map<K, number>();
  /** Ends a key's rest at once. */
  const cutRest = new Map<K, () => void>();

  function start(key: K): void {
    const next = waiting.get(key);
    if (!next) return;
    if (running.has(key)) {
      if (cutRest.has(key) && urgent(next.batch)) cutRest.get(key)?.();
      return;
    }
    const rest = (restUntil.get(key) ?? 0) - now();
    if (rest > 0 && !urgent(next.batch)) {
      const rested = new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, rest);
        cutRest.set(key, () => {
          clearTimeout(timer);
          resolve();
        });
      }).then(() => {
        cutRest.delete(key);
        restUntil.delete(key);
        running.delete(key);
        start(key);
      });
      running.set(key, rested);
      return;
    }
    waiting.delete(key);
    const began = now();
    const ran = run(key, next.batch)
      .catch(() => undefined)
      .then(() => {
        restUntil.set(key, now() + restMs(now() - began));
        running.delete(key);
        next.resolve();
        start(key);
      });
    running.set(key, ran);
  }

  return {
    add(key, ask) {
      let next = waiting.get(key);
      if (!next) {
        let resolve = () => {};
        const done = new Promise<void>((r) => (resolve = r));
        next = { batch: merge(undefined, ask), done, resolve };
        waiting.set(key, next);
      } else next.batch = merge(next.batch, ask);
      start(key);
      return next.done;
    },
    async idle() {
      while (running.size > 0 || waiting.size > 0)
        await Promise.allSettled([...running.values(), ...[...waiting.values()].map((w) => w.done)]);
    },
  };
}
