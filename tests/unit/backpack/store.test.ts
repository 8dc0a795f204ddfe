import { describe, expect, it } from 'vitest';
import { HISTORY_LENGTH } from '../../../lib/protocol/backpack-schemas';
import { DAY_MS } from '../../../lib/backpack/schedule';
import { createBackpackStore } from '../../../lib/backpack/store';
import { entryOf, memoryStorage } from './memory-storage';
import { resultWith } from './results';

const NOW = Date.parse('2026-03-01T10:00:00Z');
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 255, 254, 0]);

describe('backpack store', () => {
  it('keeps the original bytes exactly, keyed by their SHA-256', async () => {
    const store = createBackpackStore(memoryStorage());
    const added = await store.add({ bytes: png, fileName: 'badge.png', sourceUrl: 'https://cv.example/' }, NOW);
    expect(added.added).toBe(true);
    const [entry] = await store.entries();
    expect(entry?.id).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from((await store.file(entry!.id))!).equals(Buffer.from(png))).toBe(true);
    expect(entry).toMatchObject({
      fileName: 'badge.png',
      sourceUrl: 'https://cv.example/',
      addedAt: '2026-03-01T10:00:00.000Z',
      history: [],
    });
  });

  it('refuses a second copy of the same file, and another file of the same credential', async () => {
    const store = createBackpackStore(memoryStorage());
    const first = await store.add({ bytes: png, fileName: 'a.png', result: resultWith('verified', { id: 'urn:uuid:1' }) }, NOW);
    const again = await store.add({ bytes: png, fileName: 'copy.png' }, NOW);
    const sameCredential = await store.add(
      { bytes: new TextEncoder().encode('{"id":"urn:uuid:1"}'), fileName: 'a.json', result: resultWith('verified', { id: 'urn:uuid:1' }) },
      NOW,
    );
    const other = await store.add(
      { bytes: new TextEncoder().encode('{}'), fileName: 'b.json', result: resultWith('verified', { id: 'urn:uuid:2' }) },
      NOW,
    );
    expect([first.added, again.added, sameCredential.added, other.added]).toEqual([true, false, false, true]);
    expect(again).toMatchObject({ reason: 'same-file', entry: { id: entryOf(first).id } });
    expect(sameCredential).toMatchObject({ reason: 'same-credential', entry: { id: entryOf(first).id } });
    expect(await store.entries()).toHaveLength(2);
  });

  it('records the latest result, a history event only when the verdict changes, and the next check', async () => {
    const store = createBackpackStore(memoryStorage());
    const entry = entryOf(await store.add({ bytes: png, fileName: 'a.png', result: resultWith('verified') }, NOW));
    expect(entry.history).toEqual([{ at: '2026-03-01T10:00:00.000Z', status: 'verified' }]);
    await store.record(entry.id, resultWith('verified'), NOW + DAY_MS);
    const revoked = await store.record(entry.id, resultWith('revoked'), NOW + 2 * DAY_MS);
    expect(revoked?.previous).toBe('verified');
    expect(revoked?.entry.result?.status).toBe('revoked');
    expect(revoked?.entry.history.map((h) => h.status)).toEqual(['verified', 'revoked']);
    expect(revoked?.entry.nextCheckAt).toBe(new Date(NOW + 3 * DAY_MS).toISOString());
    expect(await store.record('0'.repeat(64), resultWith('verified'), NOW)).toBeUndefined();
  });

  it('keeps the last verdict changes only', async () => {
    const store = createBackpackStore(memoryStorage());
    const entry = entryOf(await store.add({ bytes: png, fileName: 'a.png' }, NOW));
    for (let i = 0; i < HISTORY_LENGTH + 5; i++) await store.record(entry.id, resultWith(i % 2 ? 'verified' : 'unverifiable'), NOW + i);
    const kept = (await store.get(entry.id))!.history;
    expect(kept).toHaveLength(HISTORY_LENGTH);
    expect(kept.at(-1)).toEqual({ at: new Date(NOW + HISTORY_LENGTH + 4).toISOString(), status: 'unverifiable' });
  });

  it('lists a damaged entry as corrupt, beside the others, and can delete it', async () => {
    const storage = memoryStorage();
    const store = createBackpackStore(storage);
    await store.add({ bytes: png, fileName: 'a.png' }, NOW);
    storage.data.set('b'.repeat(64), { id: 'b'.repeat(64), fileName: 42 });
    storage.data.set('c'.repeat(64), 'garbage');
    const listed = await store.list();
    expect(listed.map((l) => l.kind).sort()).toEqual(['corrupt', 'corrupt', 'entry']);
    expect(listed.find((l) => l.kind === 'corrupt')).toMatchObject({ problem: 'its stored record is damaged' });
    await store.remove('c'.repeat(64));
    expect(await store.list()).toHaveLength(2);
  });

  it('lists an entry the storage cannot read as corrupt, and one filed under a key not its own', async () => {
    const storage = memoryStorage();
    const store = createBackpackStore(storage);
    const entry = entryOf(await store.add({ bytes: png, fileName: 'a.png' }, NOW));
    storage.data.set('d'.repeat(64), { ...entry });
    storage.files.set('d'.repeat(64), png);
    const failing = {
      ...storage,
      list: async () => (await storage.list()).map((r) => (r.key === entry.id ? { key: r.key, error: 'disk error' } : r)),
    };
    const listed = await createBackpackStore(failing).list();
    expect(listed).toEqual([
      { kind: 'corrupt', key: entry.id, problem: 'it could not be read: disk error' },
      { kind: 'corrupt', key: 'd'.repeat(64), problem: 'the stored entry is filed under another key' },
    ]);
  });

  it('deletes one badge, or all', async () => {
    const store = createBackpackStore(memoryStorage());
    const a = await store.add({ bytes: png, fileName: 'a.png' }, NOW);
    await store.add({ bytes: new Uint8Array([1]), fileName: 'b' }, NOW);
    await store.remove(entryOf(a).id);
    expect((await store.entries()).map((e) => e.fileName)).toEqual(['b']);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });
});
