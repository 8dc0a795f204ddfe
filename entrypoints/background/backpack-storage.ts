import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { BackpackStorage, StoredRecord } from '../../lib/backpack/store';
import { BackpackStorageError, plainStorageProblem } from './backpack-storage-problem';

export const BACKPACK_DB = 'badge-lens-backpack';
const VERSION = 1;
/** How long an open may wait for another copy of the extension to let go of an older version of the database. */
const BLOCKED_MS = 10_000;

interface BackpackDb extends DBSchema {
  /** Metadata, latest result and history, under the SHA-256 of the original file. */
  entries: { key: string; value: unknown };
  /** The original files as bytes, under the same keys: listing never reads them. */
  files: { key: string; value: Uint8Array };
}

type Db = IDBPDatabase<BackpackDb>;
type Stores = StoreNames<BackpackDb>[];

export interface IndexedDbOptions {
  /** Runs once on the first open of each worker, before anything else reads the database (the move out of `storage.local`). */
  onOpen?: (storage: BackpackStorage) => Promise<void>;
}

/**
 * The backpack in IndexedDB (through `idb`): two object stores, metadata and files, written together
 * in one transaction. The database is opened on first use and again after the browser closed it
 * (another version asked for it, or the learner cleared site data); `factory` is undefined where the
 * browser offers no IndexedDB.
 */
export function indexedDbBackpackStorage(factory: IDBFactory | undefined, options: IndexedDbOptions = {}): BackpackStorage {
  let opening: Promise<Db> | undefined;
  const db = (): Promise<Db> => {
    opening ??= open(factory, () => (opening = undefined)).then(async (database) => {
      await options.onOpen?.(storageOver(async () => database));
      return database;
    });
    opening.catch(() => (opening = undefined));
    return opening;
  };
  return storageOver(db);
}

function storageOver(db: () => Promise<Db>): BackpackStorage {
  async function read<T>(work: (database: Db) => Promise<T>): Promise<T> {
    const database = await db();
    try {
      return await work(database);
    } catch (error) {
      throw new BackpackStorageError(plainStorageProblem(error));
    }
  }

  /** Runs the requests one after the other in one transaction: all are kept, or none. */
  async function write(stores: Stores, work: (tx: IDBPTransaction<BackpackDb, Stores, 'readwrite'>) => Promise<void>) {
    const tx = (await db()).transaction(stores, 'readwrite');
    tx.done.catch(() => undefined);
    try {
      await work(tx);
      await tx.done;
    } catch (error) {
      abort(tx);
      throw new BackpackStorageError(plainStorageProblem(tx.error ?? error));
    }
  }

  return {
    list: () => read(listAll),
    get: (key) => read((database) => database.get('entries', key)),
    file: (key) => read(async (database) => asBytes(await database.get('files', key))),
    put: (key, value, file) =>
      write(file ? ['entries', 'files'] : ['entries'], async (tx) => {
        await tx.objectStore('entries').put(value, key);
        if (file) await tx.objectStore('files').put(file, key);
      }),
    remove: (key) =>
      write(['entries', 'files'], async (tx) => {
        await tx.objectStore('entries').delete(key);
        await tx.objectStore('files').delete(key);
      }),
    clear: () =>
      write(['entries', 'files'], async (tx) => {
        await tx.objectStore('entries').clear();
        await tx.objectStore('files').clear();
      }),
  };
}

async function open(factory: IDBFactory | undefined, forget: () => void): Promise<Db> {
  if (!factory) throw new BackpackStorageError(plainStorageProblem(new DOMException('no IndexedDB', 'InvalidStateError')));
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(BACKPACK_DB, VERSION);
  } catch (error) {
    throw new BackpackStorageError(plainStorageProblem(error));
  }
  request.addEventListener('upgradeneeded', () => {
    const database = request.result;
    if (!database.objectStoreNames.contains('entries')) database.createObjectStore('entries');
    if (!database.objectStoreNames.contains('files')) database.createObjectStore('files');
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const blocked = new Promise<never>((_, reject) =>
    request.addEventListener('blocked', () => {
      timer = setTimeout(() => reject(new DOMException('blocked', 'BlockedError')), BLOCKED_MS);
    }),
  );
  try {
    const database = (await Promise.race([wrap(request), blocked])) as unknown as Db;
    // A newer version wants the database, or the browser closed it: let go, and open again on next use.
    database.addEventListener('versionchange', () => {
      database.close();
      forget();
    });
    database.addEventListener('close', forget);
    return database;
  } catch (error) {
    throw new BackpackStorageError(plainStorageProblem(error));
  } finally {
    clearTimeout(timer);
  }
}

/** Every record's metadata and whether its file is there; one record that cannot be read is named, the others still listed. */
async function listAll(database: Db): Promise<StoredRecord[]> {
  try {
    const tx = database.transaction(['entries', 'files'], 'readonly');
    const [keys, values, fileKeys] = await Promise.all([
      tx.objectStore('entries').getAllKeys(),
      tx.objectStore('entries').getAll(),
      tx.objectStore('files').getAllKeys(),
    ]);
    const files = new Set(fileKeys);
    return keys.map((key, i) => ({ key, value: values[i], hasFile: files.has(key) }));
  } catch {
    return listOneByOne(database);
  }
}

async function listOneByOne(database: Db): Promise<StoredRecord[]> {
  const keys = await database.getAllKeys('entries');
  const files = new Set(await database.getAllKeys('files').catch(() => keys));
  return Promise.all(
    keys.map(async (key): Promise<StoredRecord> => {
      try {
        return { key, value: await database.get('entries', key), hasFile: files.has(key) };
      } catch (error) {
        return { key, error: plainStorageProblem(error) };
      }
    }),
  );
}

function asBytes(value: unknown): Uint8Array | undefined {
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return ArrayBuffer.isView(value) ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : undefined;
}

function abort(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
}
