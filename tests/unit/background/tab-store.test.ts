import { describe, expect, it } from 'vitest';
import { createTabStore } from '../../../entrypoints/background/tab-store';
import { headKey, itemKey } from '../../../entrypoints/background/tab-store-layout';
import type { TabState } from '../../../lib/protocol/schemas';
import { fakeStorageArea, laidOut, result, storedTab } from './fakes';

const tab = (tabId: number, navigationId = 'n1', refs = ['r1']): TabState => ({
  tabId,
  pageUrl: 'https://cv.example.net/',
  navigationId,
  items: refs.map((ref) => ({ ref, candidate: { kind: 'link', url: `https://a.example.org/${ref}.json` }, state: 'pending', results: [] })),
});

/** Records the keys of every `set` and `remove` the store makes. */
function recordingArea(initial: Record<string, unknown> = {}) {
  const session = fakeStorageArea(initial);
  const sets: string[][] = [];
  const removes: string[][] = [];
  const { set, remove } = session;
  session.set = (items) => {
    sets.push(Object.keys(items));
    return set(items);
  };
  session.remove = (keys) => {
    removes.push(typeof keys === 'string' ? [keys] : keys);
    return remove(keys);
  };
  return { session, sets, removes };
}

describe('tab store', () => {
  it('mirrors every tab to storage.session, so a new worker reads it back', async () => {
    const session = fakeStorageArea();
    await createTabStore(session).save(tab(3, 'n1', ['r1', 'r2']));
    expect(storedTab(session, 3)).toEqual(tab(3, 'n1', ['r1', 'r2']));
    expect(await createTabStore(session).get(3)).toEqual(tab(3, 'n1', ['r1', 'r2']));
  });

  it('keeps one key for the tab and one per item: a verdict writes its own item only', async () => {
    const { session, sets } = recordingArea();
    const store = createTabStore(session);
    await store.save(tab(3, 'n1', ['r1', 'r2', 'r3']));
    expect(sets).toEqual([[headKey(3), itemKey(3, 'n1', 'r1'), itemKey(3, 'n1', 'r2'), itemKey(3, 'n1', 'r3')]]);
    expect(session.data.get(headKey(3))).toEqual({
      tabId: 3,
      pageUrl: 'https://cv.example.net/',
      navigationId: 'n1',
      refs: ['r1', 'r2', 'r3'],
    });
    await store.updateItem(3, 'n1', 'r2', { state: 'done', results: [result('verified')] });
    expect(sets.at(-1)).toEqual([itemKey(3, 'n1', 'r2')]);
    expect(storedTab(session, 3)?.items[1]).toMatchObject({ state: 'done', results: [{ status: 'verified' }] });
  });

  it('a save naming the changed items writes those and the tab only', async () => {
    const { session, sets } = recordingArea();
    const store = createTabStore(session);
    const state = tab(3, 'n1', ['r1']);
    await store.save(state);
    state.items.push(...tab(3, 'n1', ['r2', 'r3']).items);
    await store.save(state, ['r2', 'r3']);
    expect(sets.at(-1)).toEqual([headKey(3), itemKey(3, 'n1', 'r2'), itemKey(3, 'n1', 'r3')]);
    expect(storedTab(session, 3)).toEqual(tab(3, 'n1', ['r1', 'r2', 'r3']));
  });

  it('items retired, or of a navigation left behind, are removed from storage', async () => {
    const { session, removes } = recordingArea();
    const store = createTabStore(session);
    const state = tab(3, 'n1', ['r1', 'r2']);
    await store.save(state);
    state.items = state.items.filter((i) => i.ref !== 'r1');
    await store.save(state, []);
    expect(removes).toEqual([[itemKey(3, 'n1', 'r1')]]);
    expect(storedTab(session, 3)?.items.map((i) => i.ref)).toEqual(['r2']);
    await store.reset(3, 'https://cv.example.net/next', 'n2');
    expect([...session.data.keys()]).toEqual([headKey(3)]);
  });

  it('a worker started later finds the stored items, and removes them with the tab', async () => {
    const session = fakeStorageArea(laidOut(tab(3, 'n1', ['r1', 'r2'])));
    const store = createTabStore(session);
    await store.remove(3);
    expect(session.data.size).toBe(0);
    const again = fakeStorageArea(laidOut(tab(4, 'n1', ['r1', 'r2'])));
    const next = createTabStore(again);
    expect((await next.get(4))?.items.map((i) => i.ref)).toEqual(['r1', 'r2']);
    await next.reset(4, 'https://cv.example.net/', 'n2');
    expect([...again.data.keys()]).toEqual([headKey(4)]);
  });

  it('answers nothing for an unknown tab or a stored tab that no longer parses; an item that does not parse is left out', async () => {
    const session = fakeStorageArea({
      'tab:5': { tabId: 'five' },
      ...laidOut(tab(6, 'n1', ['r1', 'r2'])),
      [itemKey(6, 'n1', 'r1')]: { ref: 'r1' },
    });
    const store = createTabStore(session);
    expect(await store.get(4)).toBeUndefined();
    expect(await store.get(5)).toBeUndefined();
    expect((await store.get(6))?.items.map((i) => i.ref)).toEqual(['r2']);
  });

  it('keeps working in memory when storage refuses a write', async () => {
    const session = fakeStorageArea();
    session.failWrites = true;
    const store = createTabStore(session);
    await store.save(tab(3));
    expect(await store.get(3)).toEqual(tab(3));
    expect(session.data.size).toBe(0);
  });

  it('reset starts an empty page; remove forgets the tab in memory and storage', async () => {
    const session = fakeStorageArea();
    const store = createTabStore(session);
    await store.save(tab(3));
    expect(await store.reset(3, 'https://next.example.net/', 'n2')).toEqual({
      tabId: 3,
      pageUrl: 'https://next.example.net/',
      navigationId: 'n2',
      items: [],
    });
    await store.remove(3);
    expect(await store.get(3)).toBeUndefined();
    expect(session.data.size).toBe(0);
  });

  it('all() lists every valid stored tab and nothing else', async () => {
    const session = fakeStorageArea({
      ...laidOut(tab(1), tab(6, 'n1', ['r1', 'r2'])),
      'tab:2': { broken: true },
      'cache:x': { value: 1, expiresAt: 9 },
    });
    const tabs = await createTabStore(session).all();
    expect(tabs.sort((a, b) => a.tabId - b.tabId)).toEqual([tab(1), tab(6, 'n1', ['r1', 'r2'])]);
  });

  it('updateItem changes an item of the current navigation only', async () => {
    const session = fakeStorageArea();
    const store = createTabStore(session);
    await store.save(tab(3, 'n1'));
    expect(await store.updateItem(3, 'n0', 'r1', { state: 'done' })).toBeUndefined();
    expect(await store.updateItem(3, 'n1', 'r9', { state: 'done' })).toBeUndefined();
    expect(await store.updateItem(9, 'n1', 'r1', { state: 'done' })).toBeUndefined();
    const updated = await store.updateItem(3, 'n1', 'r1', { state: 'done', results: [result('verified')] });
    expect(updated?.items[0]).toMatchObject({ state: 'done', results: [{ status: 'verified' }] });
    expect(storedTab(session, 3)).toEqual(updated);
  });
});
