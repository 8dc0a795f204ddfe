import type { TabState } from '../../lib/protocol/schemas';
import { createSerialBatches } from './serial-batches';

/**
 * Toolbar paints per tab, one in flight: asks arriving meanwhile are met by one more paint of the tab's
 * state as it is then. 200 verdicts cost a handful of paints (each three browser calls), and a push to
 * the page never waits for one.
 */
export function createToolbarQueue(current: (tabId: number) => TabState | undefined, paint: (state: TabState) => Promise<void>) {
  const paints = createSerialBatches<number, undefined, true>({
    run: (tabId) => {
      const state = current(tabId);
      return state ? paint(state) : Promise.resolve();
    },
    merge: () => true,
  });
  return {
    /** Settles once a paint begun after this call has finished. */
    paint: (tabId: number): Promise<void> => paints.add(tabId, undefined),
    /** Settles once nothing is asked for or being painted. */
    idle: () => paints.idle(),
  };
}
