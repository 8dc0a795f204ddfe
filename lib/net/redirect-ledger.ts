import type { RevealRedirect } from './redirect-hop';

/**
 * Redirect targets as the browser reports them (the extension's response-header watch records them),
 * for `revealRedirect`. Each report answers one question, first come first served per URL, so two
 * requests for one URL that are redirected differently each get their own target. The report and
 * the opaque response race each other, so `reveal` waits up to `waitMs` for a report that has not
 * come yet; reports nobody asked for are dropped after `keepMs`, and beyond `maxEntries`.
 */
export function createRedirectLedger(options: { now: () => number; waitMs?: number; keepMs?: number; maxEntries?: number }) {
  const waitMs = options.waitMs ?? 2_000;
  const keepMs = options.keepMs ?? 30_000;
  const maxEntries = options.maxEntries ?? 500;
  const reports: Array<{ url: string; location: string; at: number }> = [];
  const waiting = new Map<string, Array<(location: string) => void>>();

  function record(url: string, location: string): void {
    const waiter = waiting.get(url)?.shift();
    if (waiting.get(url)?.length === 0) waiting.delete(url);
    if (waiter) {
      waiter(location);
      return;
    }
    const cutoff = options.now() - keepMs;
    while (reports.length && (reports[0]!.at < cutoff || reports.length >= maxEntries)) reports.shift();
    reports.push({ url, location, at: options.now() });
  }

  const reveal: RevealRedirect = (url) => {
    const cutoff = options.now() - keepMs;
    const at = reports.findIndex((r) => r.url === url && r.at >= cutoff);
    if (at >= 0) return Promise.resolve(reports.splice(at, 1)[0]!.location);
    return new Promise((resolve) => {
      const answer = (location: string) => {
        clearTimeout(timer);
        resolve(location);
      };
      const timer = setTimeout(() => {
        const queue = (waiting.get(url) ?? []).filter((w) => w !== answer);
        if (queue.length) waiting.set(url, queue);
        else waiting.delete(url);
        resolve(undefined);
      }, waitMs);
      waiting.set(url, [...(waiting.get(url) ?? []), answer]);
    });
  };

  return { record, reveal };
}
