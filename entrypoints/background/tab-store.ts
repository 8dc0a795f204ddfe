import type { TabItem, TabState } from '../../lib/protocol/schemas';
import { createCoalescedWriter } from './coalesced-writer';
import type { StorageArea } from './ports';
import { assembleTab, HEAD_PREFIX, headKey, headOf, itemKey, itemKeysOf, readHead } from './tab-store-layout';

/** What a storage key written by this store stands for. */
interface KeyMeaning {
  tabId: number;
  /** Absent for the tab's head. */
  item?: { navigationId: string; ref: string };
}

/**
 * Results per tab, mirrored to `storage.session` so a worker restart can pick up where it was, one key
 * per tab and one per item (`tab-store-layout.ts`). Writes are coalesced (`coalesced-writer.ts`): a page
 * verifying hundreds of badges writes a few times a second, each write carrying only the items changed
 * since the last. What a key holds is decided when it is written: a key whose tab or item has gone
 * meanwhile is removed instead.
 */
export function createTabStore(session: StorageArea, now?: () => number) {
  const tabs = new Map<number, TabState>();
  const loading = new Map<number, Promise<TabState | undefined>>();
  /** Every key this store may have in storage, and per tab its item keys, so gone items can be removed. */
  const meanings = new Map<string, KeyMeaning>();
  const itemKeys = new Map<number, Set<string>>();
  const writer = createCoalescedWriter((keys) => flush(keys), now);

  function flush(keys: string[]): Promise<void> {
    const byRef = new Map<number, Map<string, TabItem>>();
    const itemsOf = (state: TabState) => {
      const items = byRef.get(state.tabId) ?? new Map(state.items.map((i) => [i.ref, i]));
      byRef.set(state.tabId, items);
      return items;
    };
    const set: Record<string, unknown> = {};
    const gone: string[] = [];
    for (const key of keys) {
      const meaning = meanings.get(key);
      const state = meaning && tabs.get(meaning.tabId);
      const value = !state
        ? undefined
        : !meaning.item
          ? headOf(state)
          : meaning.item.navigationId === state.navigationId
            ? itemsOf(state).get(meaning.item.ref)
            : undefined;
      if (value === undefined) gone.push(key);
      else set[key] = value;
    }
    for (const key of gone) forget(key);
    return Promise.all([
      Object.keys(set).length > 0 ? session.set(set) : undefined,
      gone.length > 0 ? session.remove(gone) : undefined,
    ]).then(() => undefined);
  }

  function forget(key: string): void {
    const meaning = meanings.get(key);
    meanings.delete(key);
    if (meaning?.item) itemKeys.get(meaning.tabId)?.delete(key);
  }

  /** Records that `state`'s items have keys in storage (or soon will), and returns the keys no longer among them. */
  function track(state: TabState): string[] {
    const known = itemKeys.get(state.tabId) ?? new Set<string>();
    itemKeys.set(state.tabId, known);
    const current = new Set<string>();
    for (const item of state.items) {
      const key = itemKey(state.tabId, state.navigationId, item.ref);
      current.add(key);
      if (!known.has(key)) {
        known.add(key);
        meanings.set(key, { tabId: state.tabId, item: { navigationId: state.navigationId, ref: item.ref } });
      }
    }
    meanings.set(headKey(state.tabId), { tabId: state.tabId });
    return [...known].filter((key) => !current.has(key));
  }

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
    const head = readHead((await session.get(headKey(tabId)))[headKey(tabId)]);
    const items = head && head.refs.length > 0 ? await session.get(itemKeysOf(head)) : {};
    // A state saved while storage was being read is newer than what was read.
    const current = tabs.get(tabId);
    if (current || !head) return current;
    const state = assembleTab(head, items);
    tabs.set(tabId, state);
    track(state);
    return state;
  }

  /**
   * Keeps `state` and settles once it is written (storage refusing it keeps it in memory only). `changed`
   * names the items that changed (all of them when absent); items no longer in the state are removed.
   * Written without the writer's rest: a worker stopped in it would come back without the page's
   * items, and nothing would check them again (verdicts alone wait: their items are stored pending).
   */
  function save(state: TabState, changed?: readonly string[]): Promise<void> {
    tabs.set(state.tabId, state);
    const gone = track(state);
    const refs = changed ?? state.items.map((item) => item.ref);
    return writer.write([headKey(state.tabId), ...gone, ...refs.map((ref) => itemKey(state.tabId, state.navigationId, ref))], true);
  }

  /** Changes one item of the current navigation in memory; `written` settles once that is in storage. */
  async function changeItem(tabId: number, navigationId: string, ref: string, change: Partial<TabItem>) {
    const state = await get(tabId);
    // A tab closed or replaced while its state was being read stays closed.
    if (!state || tabs.get(tabId) !== state || state.navigationId !== navigationId) return undefined;
    const item = state.items.find((i) => i.ref === ref);
    if (!item) return undefined;
    Object.assign(item, change);
    return { state, item, written: writer.write(itemKey(tabId, navigationId, ref)) };
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
      // Whatever an earlier worker stored for the tab goes too.
      const head = readHead((await session.get(headKey(tabId)))[headKey(tabId)]);
      const navigationId = head?.navigationId ?? '';
      for (const ref of head?.refs ?? []) meanings.set(itemKey(tabId, navigationId, ref), { tabId, item: { navigationId, ref } });
      await writer.write([headKey(tabId), ...(itemKeys.get(tabId) ?? []), ...(head ? itemKeysOf(head) : [])]);
    },
    /** Every stored tab, for resuming pending work after a restart. */
    async all(): Promise<TabState[]> {
      const stored = await session.get(null);
      return Object.entries(stored)
        .filter(([k]) => k.startsWith(HEAD_PREFIX))
        .flatMap(([, v]) => {
          const head = readHead(v);
          return head ? [assembleTab(head, stored)] : [];
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
