import type { TabState } from '../../lib/protocol/schemas';

/**
 * Toolbar paints per tab, one in flight: asks arriving meanwhile are met by one more paint of the tab's
 * state as it is then. 200 verdicts cost a handful of paints (each three browser calls), and a push to
 * the page never waits for one.
 */
export function createToolbarQueue(current: (tabId: number) => TabState | undefined, paint: (state: TabState) => Promise<void>) {
  const asked = new Map<number, { promise: Promise<void>; resolve: () => void }>();
  const running = new Map<number, Promise<void>>();

  function start(tabId: number): void {
    const ask = asked.get(tabId);
    if (running.has(tabId) || !ask) return;
    asked.delete(tabId);
    const state = current(tabId);
    const painted = (state ? paint(state) : Promise.resolve())
      .catch(() => undefined)
      .then(() => {
        running.delete(tabId);
        ask.resolve();
        start(tabId);
      });
    running.set(tabId, painted);
  }

  return {
    /** Settles once a paint begun after this call has finished. */
    paint(tabId: number): Promise<void> {
      let ask = asked.get(tabId);
      if (!ask) {
        let resolve = () => {};
        const promise = new Promise<void>((r) => (resolve = r));
        ask = { promise, resolve };
        asked.set(tabId, ask);
      }
      start(tabId);
      return ask.promise;
    },
    /** Settles once nothing is asked for or being painted. */
    async idle(): Promise<void> {
      while (running.size > 0 || asked.size > 0)
        await Promise.allSettled([...running.values(), ...[...asked.values()].map((a) => a.promise)]);
    },
  };
}
