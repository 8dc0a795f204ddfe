import type { VerificationResult } from '../result/types';
import type { Status } from '../result/vocabulary';
import { sha256Hex } from './bytes';
import {
  backpackEntrySchema,
  HISTORY_LENGTH,
  MAX_BACKPACK_ITEMS,
  type BackpackEntry,
  type HistoryEvent,
  type KeptBadge,
  type Listed,
} from '../protocol/backpack-schemas';
import { scheduleAfter } from './schedule';

/** One record as listing reads it: its metadata and whether its original file is there, or why it could not be read. */
export type StoredRecord = { key: string; value: unknown; hasFile: boolean } | { key: string; error: string };

/**
 * Where entries live: per key, the metadata (as stored, or whatever a damaged store holds) and the
 * original file as bytes, kept apart so listing never reads the files.
 */
export interface BackpackStorage {
  list(): Promise<StoredRecord[]>;
  get(key: string): Promise<unknown>;
  file(key: string): Promise<Uint8Array | undefined>;
  /** Writes the metadata and, when given, the file: both or neither. */
  put(key: string, value: unknown, file?: Uint8Array): Promise<void>;
  remove(key: string): Promise<void>;
  clear(): Promise<void>;
}

export interface NewBadge {
  bytes: Uint8Array;
  fileName: string;
  sourceUrl?: string | undefined;
  /** The first result of the badge, when it was verified as it was saved. */
  result?: VerificationResult | undefined;
}

export type Added =
  | { added: true; entry: BackpackEntry }
  | { added: false; entry: BackpackEntry; reason: 'same-file' | 'same-credential' }
  | { added: false; reason: 'full' };

export interface Recorded {
  entry: BackpackEntry;
  previous: Status | undefined;
}

export type BackpackStore = ReturnType<typeof createBackpackStore>;

/** Why a badge was not added: the backpack holds as many as it can list. */
export const FULL_PROBLEM = `the backpack is full (${MAX_BACKPACK_ITEMS} badges); delete some to make room`;

/** The learner's badges over a storage port; never throws for an entry it cannot read, lists it as corrupt. */
export function createBackpackStore(storage: BackpackStorage) {
  async function list(): Promise<Listed[]> {
    const records = await storage.list();
    return records.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(listed);
  }

  async function entries(): Promise<BackpackEntry[]> {
    return (await list()).flatMap((l) => (l.kind === 'entry' ? [l.entry] : []));
  }

  async function get(id: string): Promise<BackpackEntry | undefined> {
    let value: unknown;
    try {
      value = await storage.get(id);
    } catch {
      return undefined;
    }
    const parsed = backpackEntrySchema.safeParse(value);
    return parsed.success && parsed.data.id === id ? parsed.data : undefined;
  }

  /** An entry with its original file, when both can be read. */
  async function kept(id: string): Promise<KeptBadge | undefined> {
    const entry = await get(id);
    const bytes = entry ? await storage.file(id) : undefined;
    return entry && bytes ? { entry, bytes } : undefined;
  }

  /** Adds a badge unless the same file or the same credential (by its id) is already kept, or the backpack is full. */
  async function add(badge: NewBadge, now: number): Promise<Added> {
    const id = await sha256Hex(badge.bytes);
    const credentialId = badge.result?.credential.id;
    const all = await list();
    const existing = all.flatMap((l) => (l.kind === 'entry' ? [l.entry] : []));
    const sameFile = existing.find((e) => e.id === id);
    if (sameFile) return { added: false, entry: sameFile, reason: 'same-file' };
    const sameCredential = credentialId ? existing.find((e) => e.credentialId === credentialId) : undefined;
    if (sameCredential) return { added: false, entry: sameCredential, reason: 'same-credential' };
    if (all.length >= MAX_BACKPACK_ITEMS) return { added: false, reason: 'full' };
    const entry: BackpackEntry = {
      id,
      ...(credentialId ? { credentialId } : {}),
      fileName: badge.fileName,
      addedAt: new Date(now).toISOString(),
      ...(badge.sourceUrl ? { sourceUrl: badge.sourceUrl } : {}),
      history: [],
      nextCheckAt: new Date(now).toISOString(),
      failures: 0,
    };
    const stored = badge.result ? withResult(entry, badge.result, now) : entry;
    await storage.put(id, stored, badge.bytes);
    return { added: true, entry: stored };
  }

  /** Keeps a new result of one badge: latest result, a history event when the verdict changed, the next check. */
  async function record(id: string, result: VerificationResult, now: number): Promise<Recorded | undefined> {
    const entry = await get(id);
    if (!entry) return undefined;
    const updated = withResult(entry, result, now);
    await storage.put(id, updated);
    return { entry: updated, previous: entry.result?.status };
  }

  /** Puts a badge back as it was exported (import): false when the backpack is full. An entry with the same key is replaced. */
  async function restore(badge: KeptBadge): Promise<boolean> {
    const all = await storage.list();
    if (all.length >= MAX_BACKPACK_ITEMS && !all.some((r) => r.key === badge.entry.id)) return false;
    await storage.put(badge.entry.id, badge.entry, badge.bytes);
    return true;
  }

  return {
    list,
    entries,
    get,
    kept,
    file: (id: string) => storage.file(id),
    add,
    record,
    restore,
    remove: (id: string) => storage.remove(id),
    clear: () => storage.clear(),
  };
}

function listed(record: StoredRecord): Listed {
  const { key } = record;
  if ('error' in record) return { kind: 'corrupt', key, problem: `it could not be read: ${record.error}` };
  const parsed = backpackEntrySchema.safeParse(record.value);
  if (!parsed.success) return { kind: 'corrupt', key, problem: 'its stored record is damaged' };
  if (parsed.data.id !== key) return { kind: 'corrupt', key, problem: 'the stored entry is filed under another key' };
  if (!record.hasFile) return { kind: 'corrupt', key, problem: 'its original file is missing' };
  return { kind: 'entry', entry: parsed.data };
}

function withResult(entry: BackpackEntry, result: VerificationResult, now: number): BackpackEntry {
  const at = new Date(now).toISOString();
  const last = entry.history.at(-1);
  const history: HistoryEvent[] =
    last?.status === result.status ? entry.history : [...entry.history, { at, status: result.status }].slice(-HISTORY_LENGTH);
  const credentialId = entry.credentialId ?? result.credential.id;
  return { ...entry, ...(credentialId ? { credentialId } : {}), result, history, ...scheduleAfter(result.status, entry.failures, now) };
}
