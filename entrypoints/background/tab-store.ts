import { tabStateSchema, type TabItem, type TabState } from '../../lib/protocol/schemas';
import { createCoalescedWriter } from './coalesced-writer';
import type { StorageArea } from './ports';

const key = (tabId: number) => `tab:${tabId}`;

/**
 * Results per tab, mirrored to `storage.session` so a worker restart can pick up where it was. Writes are
 * coalesced (`coalesced-writer.ts`): a page verifying hundreds of badges writes its state a few times a
 * second, not once per verdict.
 */
export function createTabStore(session: StorageArea, now?: () => number) {
  const tabs = new Map<number, TabState>();
  const loading = new Map<number, Promise<TabState | undefined>>();
  const writer = createCoalescedWriter((keys) => {
    const items = Object.fromEntries(
      keys.flatMap((k) => {
        const state = tabs.get(Number(k.slice('tab:'.length)));
        return state ? [[k, state]] : [];
      }),
    );
    return Object.keys(items).length > 0 ? session.set(items) : Promise.resolve();
  }, now);

  /** Handlers running at once share one copy of a tab's state, however many ask before storage answers. */
  async function get(tabId: number): Promise<TabState | undefined> {
    const cached = tabs.get(tabId);
    if (cached) return cached;
    let pending = loading.get(tabId);
    if (!pending) {
      pending = load(tabId).finally(() => loading.delete(tabId));
      loading.set(tabId, pending);
    }
    return pending;
  }

  async function load(tabId: number): Promise<TabState | undefined> {
    const stored = (await session.get(key(tabId)))[key(tabId)];
    const parsed = tabStateSchema.safeParse(stored);
    // A state saved while storage was being read is newer than what was read.
    const current = tabs.get(tabId);
    if (current || !parsed.success) return current;
    tabs.set(tabId, parsed.data);
    return parsed.data;
  }

  /** Keeps `state` and settles once it is written (storage refusing it keeps it in memory only). */
  function save(state: TabState): Promise<void> {
    tabs.set(state.tabId, state);
    return writer.write(key(state.tabId));
  }

  /** Changes one item of the current navigation in memory; `written` settles once that is in storage. */
  async function changeItem(tabId: number, navigationId: string, ref: string, change: Partial<TabItem>) {
    const state = await get(tabId);
    // A tab closed or replaced while its state was being read stays closed.
    if (!state || tabs.get(tabId) !== state || state.navigationId !== navigationId) return undefined;
    const item = state.items.find((i) => i.ref === ref);
    if (!item) return undefined;
    Object.assign(item, change);
    return { state, item, written: save(state) };
  }

  return {
    get,
    /** The tab's state in memory, without reading storage. */
    peek: (tabId: number): TabState | undefined => tabs.get(tabId),
    save,
    changeItem,
    /** Settles once every change made so far is in storage. */
    flushed: () => writer.flushed(),
    async reset(tabId: number, pageUrl: string, navigationId: string): Promise<TabState> {
      const state: TabState = { tabId, pageUrl, navigationId, items: [] };
      await save(state);
      return state;
    },
    async remove(tabId: number): Promise<void> {
      tabs.delete(tabId);
      await session.remove(key(tabId));
    },
    /** Every stored tab, for resuming pending work after a restart. */
    async all(): Promise<TabState[]> {
      const stored = await session.get(null);
      return Object.entries(stored)
        .filter(([k]) => k.startsWith('tab:'))
        .flatMap(([, v]) => {
          const parsed = tabStateSchema.safeParse(v);
          return parsed.success ? [parsed.data] : [];
        });
    },
    async updateItem(tabId: number, navigationId: string, ref: string, change: Partial<TabItem>): Promise<TabState | undefined> {
      const changed = await changeItem(tabId, navigationId, ref, change);
      await changed?.written;
      return changed?.state;
    },
  };
}

export type TabStore = ReturnType<typeof createTabStore>;
