import type { TabItem, TabState } from '../../lib/protocol/schemas';

/**
 * Items changed per tab, sent in batches: one push in flight per tab, and whatever finishes meanwhile
 * goes out together in the next, so 200 verdicts arriving at once cost a handful of messages and
 * toolbar paints rather than 200. With `gapMs`, a push waits that long after the one before: the page
 * then redraws a few times a second, each time for many chips, rather than once per verdict (every
 * redraw costs the page a style, layout and paint pass).
 */
export function createPushQueue(
  push: (state: TabState, items: TabItem[]) => Promise<void>,
  gapMs = 0,
  now: () => number = () => Date.now(),
) {
  const waiting = new Map<number, { state: TabState; items: Map<string, TabItem> }>();
  const running = new Map<number, Promise<void>>();
  /** Per tab, when the next push may go: `gapMs` after the last one finished. */
  const restUntil = new Map<number, number>();

  function start(tabId: number): void {
    const batch = waiting.get(tabId);
    if (running.has(tabId) || !batch) return;
    const rest = (restUntil.get(tabId) ?? 0) - now();
    if (rest > 0) {
      running.set(
        tabId,
        new Promise<void>((resolve) => setTimeout(resolve, rest)).then(() => {
          running.delete(tabId);
          start(tabId);
        }),
      );
      return;
    }
    waiting.delete(tabId);
    const sent = push(batch.state, [...batch.items.values()])
      .catch(() => undefined)
      .then(() => {
        restUntil.set(tabId, now() + gapMs);
        running.delete(tabId);
        start(tabId);
      });
    running.set(tabId, sent);
  }

  return {
    /** Queues `item` of `state`; a batch for an older navigation of the tab is dropped. */
    add(state: TabState, item: TabItem): void {
      let batch = waiting.get(state.tabId);
      if (!batch || batch.state.navigationId !== state.navigationId) {
        batch = { state, items: new Map() };
        waiting.set(state.tabId, batch);
      }
      batch.state = state;
      batch.items.set(item.ref, item);
      start(state.tabId);
    },
    /** Settles once nothing is queued or being sent. */
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running.values()]);
    },
  };
}
