import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LEGACY_PREFIX, moveLegacyBackpack } from '../../../entrypoints/background/backpack-legacy';
import { BACKPACK_DB, indexedDbBackpackStorage } from '../../../entrypoints/background/backpack-storage';
import { sha256Hex, toBase64 } from '../../../lib/backpack/bytes';
import { createBackpackStore } from '../../../lib/backpack/store';
import { resultWith } from '../backpack/results';
import { fakeStorageArea } from './fakes';

const NOW = Date.parse('2026-03-01T10:00:00Z');
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 255]);
const json = new TextEncoder().encode('{"id":"urn:uuid:1"}');
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** The database as another page would see it, for looking at what was stored and damaging it. */
async function raw(factory: IDBFactory) {
  const original = globalThis.indexedDB;
  globalThis.indexedDB = factory;
  try {
    return await openDB(BACKPACK_DB, 1);
  } finally {
    globalThis.indexedDB = original;
  }
}

function legacyEntry(id: string, bytes: Uint8Array, fileName: string) {
  return {
    id,
    fileName,
    base64: toBase64(bytes),
    addedAt: '2026-01-01T00:00:00.000Z',
    history: [],
    nextCheckAt: '2026-01-02T00:00:00.000Z',
    failures: 0,
  };
}

afterEach(() => vi.restoreAllMocks());

describe('the backpack in IndexedDB', () => {
  it('adds, lists, removes and clears, the original bytes kept as bytes beside the metadata', async () => {
    const factory = new IDBFactory();
    const store = createBackpackStore(indexedDbBackpackStorage(factory));
    const added = await store.add({ bytes: png, fileName: 'badge.png', result: resultWith('verified', { id: 'urn:uuid:a' }) }, NOW);
    await store.add({ bytes: json, fileName: 'b.json' }, NOW);
    const id = await sha256Hex(png);
    expect(added).toMatchObject({ added: true, entry: { id } });
    expect((await store.entries()).map((e) => e.fileName).sort()).toEqual(['b.json', 'badge.png']);
    expect(await store.file(id)).toEqual(png);

    const db = await raw(factory);
    expect(await db.get('files', id)).toBeInstanceOf(Uint8Array);
    expect(await db.get('entries', id)).not.toHaveProperty('base64');
    db.close();

    await store.remove(id);
    expect((await store.entries()).map((e) => e.fileName)).toEqual(['b.json']);
    expect(await store.file(id)).toBeUndefined();
    await store.clear();
    expect(await store.list()).toEqual([]);
  });

  it('lists without reading a single file', async () => {
    const store = createBackpackStore(indexedDbBackpackStorage(new IDBFactory()));
    await store.add({ bytes: png, fileName: 'badge.png' }, NOW);
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    expect(await store.list()).toHaveLength(1);
    expect(get).not.toHaveBeenCalled();
  });

  it('shows a damaged record, one without its file and one that cannot be read as corrupt, beside the others', async () => {
    const factory = new IDBFactory();
    const store = createBackpackStore(indexedDbBackpackStorage(factory));
    const { entry } = (await store.add({ bytes: png, fileName: 'badge.png' }, NOW)) as { entry: { id: string } };
    await store.add({ bytes: json, fileName: 'b.json' }, NOW);
    const db = await raw(factory);
    await db.put('entries', { id: 'not this', history: 'garbage' }, 'a'.repeat(64));
    await db.put('entries', { ...(await db.get('entries', entry.id)), id: 'c'.repeat(64) }, 'c'.repeat(64));
    db.close();
    expect((await store.list()).map((l) => (l.kind === 'entry' ? l.entry.fileName : `${l.key.slice(0, 1)}: ${l.problem}`)).sort()).toEqual([
      'a: its stored record is damaged',
      'b.json',
      'badge.png',
      'c: its original file is missing',
    ]);

    // One record the browser cannot read (its value lost on disk) is named; the others are still listed.
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(() => {
      throw new DOMException('Failed to read large IndexedDB value', 'DataError');
    });
    const realGet = IDBObjectStore.prototype.get;
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key) {
      if (key === entry.id) throw new DOMException('Failed to read large IndexedDB value', 'DataError');
      return realGet.call(this, key);
    });
    const listed = await store.list();
    expect(listed).toHaveLength(4);
    expect(listed.find((l) => l.kind === 'corrupt' && l.key === entry.id)).toMatchObject({
      problem: expect.stringMatching(/^it could not be read: The backpack's storage failed \(Failed to read large IndexedDB value\)/),
    });
    expect(listed.filter((l) => l.kind === 'entry').map((l) => l.kind === 'entry' && l.entry.fileName)).toEqual(['b.json']);
  });

  it('refuses a write the browser has no room for in plain words, and keeps nothing of it', async () => {
    const factory = new IDBFactory();
    const store = createBackpackStore(indexedDbBackpackStorage(factory));
    await store.add({ bytes: json, fileName: 'b.json' }, NOW);
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (this.name === 'files') throw quota();
      return realPut.call(this, value, key);
    });
    await expect(store.add({ bytes: png, fileName: 'badge.png' }, NOW)).rejects.toThrow(
      'Your browser has no room left for the backpack. Free some disk space or delete badges you no longer need; nothing was changed.',
    );
    vi.restoreAllMocks();
    expect((await store.list()).map((l) => l.kind === 'entry' && l.entry.fileName)).toEqual(['b.json']);
    const db = await raw(factory);
    expect(await db.getAllKeys('entries')).toEqual([await sha256Hex(json)]);
    db.close();
  });

  it('says plainly when the browser offers no IndexedDB, or refuses it', async () => {
    const unavailable = /^This browser does not let Badge Lens keep a backpack right now/;
    await expect(createBackpackStore(indexedDbBackpackStorage(undefined)).list()).rejects.toThrow(unavailable);
    const refusing = new IDBFactory();
    vi.spyOn(refusing, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    });
    await expect(createBackpackStore(indexedDbBackpackStorage(refusing)).list()).rejects.toThrow(unavailable);
  });

  it('lets go of the database when a newer version asks for it, then says the backpack needs that version', async () => {
    const factory = new IDBFactory();
    const store = createBackpackStore(indexedDbBackpackStorage(factory));
    await store.add({ bytes: json, fileName: 'b.json' }, NOW);
    const original = globalThis.indexedDB;
    globalThis.indexedDB = factory;
    // Not blocked: our connection closes on `versionchange`.
    const newer = await openDB(BACKPACK_DB, 2);
    globalThis.indexedDB = original;
    newer.close();
    await expect(store.list()).rejects.toThrow('Your backpack was saved by a newer version of Badge Lens.');
  });
});

describe('moving the backpack out of storage.local', () => {
  it('moves every entry once, byte for byte, a damaged one as it is, and leaves the other settings alone', async () => {
    const a = legacyEntry(await sha256Hex(png), png, 'badge.png');
    const b = legacyEntry(await sha256Hex(json), json, 'b.json');
    const local = fakeStorageArea({
      settings: { lang: 'de' },
      [`${LEGACY_PREFIX}${a.id}`]: a,
      [`${LEGACY_PREFIX}${b.id}`]: b,
      [`${LEGACY_PREFIX}${'e'.repeat(64)}`]: { id: 'not this', history: 'garbage' },
    });
    const factory = new IDBFactory();
    const worker = () =>
      createBackpackStore(indexedDbBackpackStorage(factory, { onOpen: (s) => moveLegacyBackpack(local, s).then(() => undefined) }));
    const listed = await worker().list();
    expect(listed.map((l) => l.kind).sort()).toEqual(['corrupt', 'entry', 'entry']);
    const { base64: _a, ...metaA } = a;
    expect(listed.find((l) => l.kind === 'entry' && l.entry.id === a.id)).toEqual({ kind: 'entry', entry: metaA });
    const store = worker();
    expect(await store.file(a.id)).toEqual(png);
    expect(await store.file(b.id)).toEqual(json);
    expect([...local.data.keys()]).toEqual(['settings']);
    expect(await store.list()).toEqual(listed);
  });

  it('keeps an entry where it was when it cannot be moved, says so, and moves it on the next try', async () => {
    const a = legacyEntry(await sha256Hex(png), png, 'badge.png');
    const local = fakeStorageArea({ [`${LEGACY_PREFIX}${a.id}`]: a });
    const store = createBackpackStore(
      indexedDbBackpackStorage(new IDBFactory(), { onOpen: (s) => moveLegacyBackpack(local, s).then(() => undefined) }),
    );
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    await expect(store.list()).rejects.toThrow(
      /^1 badge kept by an earlier version could not be moved to the new storage yet; they are safe and Badge Lens tries again\. Your browser has no room left/,
    );
    expect(local.data.has(`${LEGACY_PREFIX}${a.id}`)).toBe(true);
    put.mockRestore();
    expect((await store.entries()).map((e) => e.fileName)).toEqual(['badge.png']);
    expect(local.data.size).toBe(0);
  });

  it('does not overwrite an entry the new storage already holds (it is newer there)', async () => {
    const id = await sha256Hex(png);
    const factory = new IDBFactory();
    const store = createBackpackStore(indexedDbBackpackStorage(factory));
    await store.add({ bytes: png, fileName: 'kept.png', result: resultWith('revoked') }, NOW);
    const local = fakeStorageArea({ [`${LEGACY_PREFIX}${id}`]: legacyEntry(id, png, 'old.png') });
    const moving = createBackpackStore(
      indexedDbBackpackStorage(factory, { onOpen: (s) => moveLegacyBackpack(local, s).then(() => undefined) }),
    );
    expect((await moving.entries()).map((e) => [e.fileName, e.result?.status])).toEqual([['kept.png', 'revoked']]);
    expect(local.data.size).toBe(0);
  });
});
