/** Longest the scanner runs before it lets the page have the main thread (issue 9: no slice over 5 ms). */
export const SLICE_MS = 4;

/** Steps between clock reads: a step is one element, far below a millisecond. */
const STEPS_PER_CHECK = 16;

export interface SliceOptions {
  /** Checked before each slice: true ends the work unfinished. */
  stopped(): boolean;
  budgetMs?: number;
  now?: () => number;
  /** Gives the main thread back until the next slice. */
  pause?: () => Promise<void>;
}

/**
 * Runs `steps` to its end in slices of at most `budgetMs`, pausing between them; resolves with what
 * it returns, or `undefined` when `stopped()` said so first (the rest of its steps never run).
 */
export async function runInSlices<T>(steps: Iterator<unknown, T>, options: SliceOptions): Promise<T | undefined> {
  const { budgetMs = SLICE_MS, now = () => performance.now(), pause = pauseForPage } = options;
  for (;;) {
    if (options.stopped()) return undefined;
    const end = now() + budgetMs;
    for (let count = 1; ; count++) {
      const step = steps.next();
      if (step.done) return step.value;
      if (count % STEPS_PER_CHECK === 0 && now() >= end) break;
    }
    await pause();
  }
}

/** `scheduler.yield()` where there is one (the continuation runs ahead of other tasks), else a new task. */
function pauseForPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
