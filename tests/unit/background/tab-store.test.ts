import { describe, expect, it } from 'vitest';
import { createTabStore } from '../../../entrypoints/background/tab-store';
import type { TabState } from '../../../lib/protocol/schemas';
import { fakeStorageArea, result } from './fakes';

const tab = (tabId: number, navigationId = 'n1'): TabState => ({
  tabId,
  pageUrl: 'https://cv.example.net/',
  navigationId,
  items: [{ ref: 'r1', candidate: { kind: 'link', url: 'https://a.example.org/b.json' }, state: 'pending', results: [] }],
});

describe('tab store', () => {
  it('mirrors every tab to storage.session, so a new worker reads it back', async () => {
    const session = fakeStorageArea();
    await createTabStore(session).save(tab(3));
    expect(session.data.get('tab:3')).toEqual(tab(3));
    expect(await createTabStore(session).get(3)).toEqual(tab(3));
  });

  it('answers nothing for an unknown tab or a stored tab that no longer parses', async () => {
    const session = fakeStorageArea({ 'tab:5': { tabId: 'five' } });
    const store = createTabStore(session);
    expect(await store.get(4)).toBeUndefined();
    expect(await store.get(5)).toBeUndefined();
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
    expect(session.data.has('tab:3')).toBe(false);
  });

  it('all() lists every valid stored tab and nothing else', async () => {
    const session = fakeStorageArea({ 'tab:1': tab(1), 'tab:2': { broken: true }, 'cache:x': { value: 1, expiresAt: 9 }, 'tab:6': tab(6) });
    const tabs = await createTabStore(session).all();
    expect(tabs.map((t) => t.tabId).sort()).toEqual([1, 6]);
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
    expect(session.data.get('tab:3')).toEqual(updated);
  });
});
