import type { TabItem, TabState } from '../../lib/protocol/schemas';
import { createSerialBatches } from './serial-batches';

/**
 * Items changed per tab, sent in batches: one push in flight per tab, and whatever finishes meanwhile
 * goes out together in the next, so 200 verdicts arriving at once cost a handful of messages and
 * toolbar paints rather than 200. With `gapMs`, a push waits that long after the one before: the page
 * then redraws a few times a second, each time for many chips, rather than once per verdict (every
 * redraw costs the page a style, layout and paint pass). A batch that leaves nothing of the tab's page
 * pending goes without waiting out the gap: the page's last verdicts are never held back.
 */
export function createPushQueue(
  push: (state: TabState, items: TabItem[]) => Promise<void>,
  gapMs = 0,
  now: () => number = () => Date.now(),
) {
  const pushes = createSerialBatches<number, { state: TabState; item: TabItem }, Batch>({
    run: (_, batch) => push(batch.state, [...batch.items.values()]),
    merge: (batch, { state, item }) => {
      const kept = batch && batch.state.navigationId === state.navigationId ? batch : { state, items: new Map() };
      kept.state = state;
      kept.items.set(item.ref, item);
      return kept;
    },
    restMs: () => gapMs,
    urgent: (batch) => !batch.state.items.some((item) => item.state === 'pending'),
    now,
  });
  return {
    /** Queues `item` of `state`; settles once a push carrying it has gone (or failed). A batch for an older navigation of the tab is dropped. */
    add(state: TabState, item: TabItem): Promise<void> {
      return pushes.add(state.tabId, { state, item });
    },
    /** Settles once nothing is queued or being sent. */
    idle: () => pushes.idle(),
  };
}

interface Batch {
  state: TabState;
  items: Map<string, TabItem>;
}
