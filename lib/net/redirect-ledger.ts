import type { RevealRedirect } from './redirect-hop';

/**
 * Redirect targets as the browser reports them (the extension's response-header watch records them),
 * for `revealRedirect`. The report and the opaque response race each other, so `reveal` waits up
 * to `waitMs` for a report that has not come yet; entries older than `keepMs` are dropped.
 */
export function createRedirectLedger(options: { now: () => number; waitMs?: number; keepMs?: number; maxEntries?: number }) {
  const waitMs = options.waitMs ?? 2_000;
  const keepMs = options.keepMs ?? 30_000;
  const maxEntries = options.maxEntries ?? 500;
  const seen = new Map<string, { location: string; at: number }>();
  const waiting = new Map<string, Array<(location: string) => void>>();

  function prune(): void {
    const cutoff = options.now() - keepMs;
    for (const [url, entry] of seen) if (entry.at < cutoff || seen.size > maxEntries) seen.delete(url);
  }

  function record(url: string, location: string): void {
    seen.delete(url);
    seen.set(url, { location, at: options.now() });
    prune();
    for (const resolve of waiting.get(url) ?? []) resolve(location);
    waiting.delete(url);
  }

  const reveal: RevealRedirect = (url) => {
    const entry = seen.get(url);
    if (entry && entry.at >= options.now() - keepMs) return Promise.resolve(entry.location);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        const queue = waiting.get(url)?.filter((r) => r !== done) ?? [];
        if (queue.length) waiting.set(url, queue);
        else waiting.delete(url);
        resolve(undefined);
      }, waitMs);
      const done = (location: string) => {
        clearTimeout(timer);
        resolve(location);
      };
      waiting.set(url, [...(waiting.get(url) ?? []), done]);
    });
  };

  return { record, reveal };
}
