export interface PoolOptions {
  concurrency: number;
  /**
   * Emit in item order instead of as each finishes. Items are then started at most `window` ahead of the
   * last one emitted, so a slow item holds back a bounded number of finished results, never all of them.
   */
  ordered?: { window: number };
}

/**
 * Runs `work` over `items`, at most `concurrency` at a time, handing each result to `emit` one at a time
 * (awaited, so a slow consumer slows the workers). The first error stops new items from starting; the
 * ones in flight finish and are emitted, then the error is thrown.
 */
export async function runPool<T, R>(
  items: readonly T[],
  options: PoolOptions,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => Promise<void> | void,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  let emitting: Promise<void> = Promise.resolve();
  const serialEmit = (result: R, index: number) => (emitting = emitting.then(() => emit(result, index)));

  const finished = new Map<number, R>();
  let emitted = 0;
  let advanced = signal();
  const flushInOrder = async () => {
    while (finished.has(emitted)) {
      const result = finished.get(emitted)!;
      finished.delete(emitted);
      await serialEmit(result, emitted);
      emitted++;
      advanced.resolve();
      advanced = signal();
    }
  };

  const worker = async () => {
    while (!failure && next < items.length) {
      const index = next++;
      while (options.ordered && !failure && index - emitted >= options.ordered.window) await advanced.promise;
      if (failure) break;
      try {
        const result = await work(items[index]!, index);
        if (options.ordered) {
          finished.set(index, result);
          await flushInOrder();
        } else await serialEmit(result, index);
      } catch (error) {
        failure ??= { error };
        advanced.resolve();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, items.length) }, worker));
  if (options.ordered) await flushRemaining(finished, serialEmit);
  await emitting;
  if (failure) throw failure.error;
}

/** After a failure, what finished beyond the gap it left, still in order. */
async function flushRemaining<R>(finished: Map<number, R>, emit: (result: R, index: number) => Promise<void>): Promise<void> {
  for (const index of [...finished.keys()].sort((a, b) => a - b)) await emit(finished.get(index)!, index);
}

function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
