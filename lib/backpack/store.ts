import type { VerificationResult } from '../result/types';
import type { Status } from '../result/vocabulary';
import { sha256Hex, toBase64 } from './bytes';
import { backpackEntrySchema, HISTORY_LENGTH, type BackpackEntry, type HistoryEvent, type Listed } from '../protocol/backpack-schemas';
import { scheduleAfter } from './schedule';

/**
 * Where entries live: one value per key (IndexedDB object store or `storage.local` keys under a
 * prefix). Values come back as stored, or as whatever a damaged store holds.
 */
export interface BackpackStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export interface NewBadge {
  bytes: Uint8Array;
  fileName: string;
  sourceUrl?: string | undefined;
  /** The first result of the badge, when it was verified as it was saved. */
  result?: VerificationResult | undefined;
}

export type Added = { added: true; entry: BackpackEntry } | { added: false; entry: BackpackEntry; reason: 'same-file' | 'same-credential' };

export interface Recorded {
  entry: BackpackEntry;
  previous: Status | undefined;
}

export type BackpackStore = ReturnType<typeof createBackpackStore>;

/** The learner's badges over a key-value storage; never throws for an entry it cannot read, lists it as corrupt. */
export function createBackpackStore(storage: BackpackStorage) {
  async function list(): Promise<Listed[]> {
    const keys = (await storage.keys()).sort();
    return Promise.all(keys.map((key) => read(key)));
  }

  async function read(key: string): Promise<Listed> {
    let value: unknown;
    try {
      value = await storage.get(key);
    } catch (error) {
      return { kind: 'corrupt', key, problem: `could not be read: ${error instanceof Error ? error.message : String(error)}` };
    }
    const parsed = backpackEntrySchema.safeParse(value);
    if (!parsed.success) return { kind: 'corrupt', key, problem: 'the stored entry is damaged' };
    if (parsed.data.id !== key) return { kind: 'corrupt', key, problem: 'the stored entry is filed under another key' };
    return { kind: 'entry', entry: parsed.data };
  }

  async function entries(): Promise<BackpackEntry[]> {
    return (await list()).flatMap((l) => (l.kind === 'entry' ? [l.entry] : []));
  }

  async function get(id: string): Promise<BackpackEntry | undefined> {
    const listed = await read(id);
    return listed.kind === 'entry' ? listed.entry : undefined;
  }

  /** Adds a badge unless the same file or the same credential (by its id) is already kept. */
  async function add(badge: NewBadge, now: number): Promise<Added> {
    const id = await sha256Hex(badge.bytes);
    const credentialId = badge.result?.credential.id;
    const existing = await entries();
    const sameFile = existing.find((e) => e.id === id);
    if (sameFile) return { added: false, entry: sameFile, reason: 'same-file' };
    const sameCredential = credentialId ? existing.find((e) => e.credentialId === credentialId) : undefined;
    if (sameCredential) return { added: false, entry: sameCredential, reason: 'same-credential' };
    const entry: BackpackEntry = {
      id,
      ...(credentialId ? { credentialId } : {}),
      fileName: badge.fileName,
      base64: toBase64(badge.bytes),
      addedAt: new Date(now).toISOString(),
      ...(badge.sourceUrl ? { sourceUrl: badge.sourceUrl } : {}),
      history: [],
      nextCheckAt: new Date(now).toISOString(),
      failures: 0,
    };
    const stored = badge.result ? withResult(entry, badge.result, now) : entry;
    await storage.set(id, stored);
    return { added: true, entry: stored };
  }

  /** Keeps a new result of one badge: latest result, a history event when the verdict changed, the next check. */
  async function record(id: string, result: VerificationResult, now: number): Promise<Recorded | undefined> {
    const entry = await get(id);
    if (!entry) return undefined;
    const updated = withResult(entry, result, now);
    await storage.set(id, updated);
    return { entry: updated, previous: entry.result?.status };
  }

  /** Puts an entry back as it was exported (import); an entry with the same key is replaced. */
  async function restore(entry: BackpackEntry): Promise<void> {
    await storage.set(entry.id, entry);
  }

  async function clear(): Promise<void> {
    for (const key of await storage.keys()) await storage.remove(key);
  }

  return { list, entries, get, add, record, restore, remove: (id: string) => storage.remove(id), clear };
}

function withResult(entry: BackpackEntry, result: VerificationResult, now: number): BackpackEntry {
  const at = new Date(now).toISOString();
  const last = entry.history.at(-1);
  const history: HistoryEvent[] =
    last?.status === result.status ? entry.history : [...entry.history, { at, status: result.status }].slice(-HISTORY_LENGTH);
  const credentialId = entry.credentialId ?? result.credential.id;
  return { ...entry, ...(credentialId ? { credentialId } : {}), result, history, ...scheduleAfter(result.status, entry.failures, now) };
}
