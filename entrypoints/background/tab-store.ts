import { tabStateSchema, type TabItem, type TabState } from '../../lib/protocol/schemas';
import type { StorageArea } from './ports';

const key = (tabId: number) => `tab:${tabId}`;

/** Results per tab, mirrored to `storage.session` so a worker restart can pick up where it was. */
export function createTabStore(session: StorageArea) {
  const tabs = new Map<number, TabState>();
  const loading = new Map<number, Promise<TabState | undefined>>();

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

  async function save(state: TabState): Promise<void> {
    tabs.set(state.tabId, state);
    await session.set({ [key(state.tabId)]: state }).catch(() => undefined);
  }

  return {
    get,
    save,
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
      const state = await get(tabId);
      if (!state || state.navigationId !== navigationId) return undefined;
      const item = state.items.find((i) => i.ref === ref);
      if (!item) return undefined;
      Object.assign(item, change);
      await save(state);
      return state;
    },
  };
}

export type TabStore = ReturnType<typeof createTabStore>;
