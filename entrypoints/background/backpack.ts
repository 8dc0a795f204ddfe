import { exportArchive, readArchive } from '../../lib/backpack/archive';
import { MAX_IMPORT_ITEMS, readBadgeExport } from '../../lib/backpack/badge-export';
import { toBase64 } from '../../lib/backpack/bytes';
import { alertFor, dueIds, HOUR_MS } from '../../lib/backpack/schedule';
import { createBackpackStore, FULL_PROBLEM, type BackpackStorage, type NewBadge } from '../../lib/backpack/store';
import type { Candidate } from '../../lib/detect/candidate';
import { candidateForLink } from '../../lib/detect/platform-links';
import { capText, LIMITS } from '../../lib/protocol/limits';
import type { HttpGet } from '../../lib/core/ports';
import type { AlertReason, BackpackEntry, BackpackItem, KeptBadge } from '../../lib/protocol/backpack-schemas';
import { capResult } from '../../lib/protocol/cap';
import type { VerificationResult } from '../../lib/result/types';
import { candidateBytes } from './backpack-bytes';
import type { AttentionPort } from './ports';

export interface BackpackDeps {
  storage: BackpackStorage;
  now(): number;
  /** The same verification as page items: the network rules, caches and clock of the worker. */
  verifyBytes(bytes: Uint8Array, fileName: string): Promise<VerificationResult[]>;
  http(): HttpGet;
  attention?: AttentionPort | undefined;
}

export type Which = 'all' | 'due' | 'opened';
export type AddInput = { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'text'; text: string } | { kind: 'url'; url: string };
export interface AddOutcome {
  added: number;
  duplicates: number;
  problems: string[];
}

/** Opening the page re-checks what was not checked within this long. */
const OPENED_FRESH_MS = HOUR_MS;

/** The learner's backpack in the worker: adding, re-checking on a schedule, the toolbar signal and notifications. */
export function createBackpack(deps: BackpackDeps) {
  const store = createBackpackStore(deps.storage);

  async function items(): Promise<BackpackItem[]> {
    const now = deps.now();
    const listed = await store.list();
    await signal(
      listed.flatMap((l) => (l.kind === 'entry' ? [l.entry] : [])),
      now,
    );
    return listed.map((l) => (l.kind === 'corrupt' ? l : rowOf(l.entry, alertFor(l.entry, now))));
  }

  async function verify(bytes: Uint8Array, fileName: string): Promise<VerificationResult | undefined> {
    const [first] = await deps.verifyBytes(bytes, fileName);
    return first ? capResult(first) : undefined;
  }

  async function keep(badge: Omit<NewBadge, 'result'>, outcome: AddOutcome): Promise<string | undefined> {
    const result = await verify(badge.bytes, badge.fileName);
    if (!result || result.format === 'unknown') {
      outcome.problems.push(`${badge.fileName}: no badge was found in it`);
      return undefined;
    }
    const added = await store.add({ ...badge, result }, deps.now());
    if (!added.added && added.reason === 'full') {
      outcome.problems.push(`${badge.fileName}: ${FULL_PROBLEM}`);
      return undefined;
    }
    if (added.added) outcome.added++;
    else outcome.duplicates++;
    return added.entry.id;
  }

  async function addFile(name: string, bytes: Uint8Array, outcome: AddOutcome): Promise<void> {
    if (!isZip(name, bytes)) {
      await addOne(name, bytes, outcome);
      return;
    }
    const archive = await readArchive(bytes);
    if (!archive.ok) {
      outcome.problems.push(`${name}: ${archive.error}`);
      return;
    }
    outcome.problems.push(...archive.problems.map((p) => `${name}: ${p}`));
    for (const badge of archive.entries) await restore(badge, outcome);
    const loose = archive.looseFiles;
    if (loose.length > MAX_IMPORT_ITEMS)
      outcome.problems.push(
        `${name}: only the first ${MAX_IMPORT_ITEMS} of its ${loose.length} files were read; one import takes at most ${MAX_IMPORT_ITEMS} badges, import the rest from a smaller zip`,
      );
    for (const file of loose.slice(0, MAX_IMPORT_ITEMS)) {
      const fileName = file.name.split('/').pop() ?? file.name;
      if (isZip(fileName, file.bytes))
        outcome.problems.push(`${name}: ${file.name} is a zip inside the zip; unpack it and import it on its own`);
      else await addOne(fileName, file.bytes, outcome);
    }
  }

  /** One file that is not a zip: a platform's export (several badges) or one badge. */
  async function addOne(name: string, bytes: Uint8Array, outcome: AddOutcome): Promise<void> {
    const read = readBadgeExport(bytes, name);
    if (read.kind === 'single') {
      await keep({ bytes, fileName: name }, outcome);
      return;
    }
    outcome.problems.push(...read.problems);
    for (const item of read.items) {
      if (item.kind === 'file') await keep({ bytes: item.bytes, fileName: item.name }, outcome);
      else await saveCandidate(candidateForLink(item.url) ?? { kind: 'link', url: item.url }, outcome);
    }
  }

  async function restore(badge: KeptBadge, outcome: AddOutcome): Promise<void> {
    if (await store.get(badge.entry.id)) outcome.duplicates++;
    else if (await store.restore(badge)) outcome.added++;
    else outcome.problems.push(`${badge.entry.fileName}: ${FULL_PROBLEM}`);
  }

  async function add(input: AddInput): Promise<AddOutcome> {
    const outcome: AddOutcome = { added: 0, duplicates: 0, problems: [] };
    const text = input.kind === 'text' ? input.text.trim() : '';
    if (input.kind === 'file') await addFile(input.name, input.bytes, outcome);
    else if (input.kind === 'url' || /^https:\/\/\S+$/i.test(text)) {
      const url = input.kind === 'url' ? input.url.trim() : text;
      await saveCandidate(candidateForLink(url) ?? { kind: 'link', url }, outcome);
    } else await addOne(/^[[{]/.test(text) ? 'pasted.json' : 'pasted.txt', new TextEncoder().encode(text), outcome);
    return { ...outcome, problems: capProblems(outcome.problems) };
  }

  async function saveCandidate(
    candidate: Candidate,
    outcome: AddOutcome = { added: 0, duplicates: 0, problems: [] },
  ): Promise<string | undefined> {
    const got = await candidateBytes(candidate, deps.http());
    if (!got.ok) {
      outcome.problems.push(got.error);
      return undefined;
    }
    return keep({ bytes: got.bytes, fileName: got.fileName, sourceUrl: got.sourceUrl }, outcome);
  }

  /** Re-verifies the entries chosen, records each result, then tells the learner about what newly needs attention. */
  async function recheck(which: Which, id?: string): Promise<BackpackItem[]> {
    const now = deps.now();
    const entries = await store.entries();
    const chosen = id !== undefined ? entries.filter((e) => e.id === id) : pick(entries, which, now);
    for (const entry of chosen) {
      const bytes = await store.file(entry.id);
      if (!bytes) continue;
      const result = await verify(bytes, entry.fileName);
      if (!result) continue;
      const recorded = await store.record(entry.id, result, deps.now());
      if (recorded) await maybeNotify(entry, recorded.entry);
    }
    return items();
  }

  async function maybeNotify(before: BackpackEntry, after: BackpackEntry): Promise<void> {
    const then = Date.parse(before.result?.checkedAt ?? '') || deps.now();
    const was = alertFor(before, then);
    const is = alertFor(after, deps.now());
    if (!is || is === was || !deps.attention?.notify) return;
    const name = after.result?.credential.name ?? after.fileName;
    await deps.attention.notify(after.id, name, is).catch(() => undefined);
  }

  async function signal(entries: BackpackEntry[], now: number): Promise<void> {
    const alerts = entries.map((e) => alertFor(e, now)).filter((a): a is AlertReason => a !== undefined);
    await deps.attention?.show(alerts).catch(() => undefined);
  }

  async function file(id: string): Promise<{ fileName: string; base64: string } | undefined> {
    const kept = await store.kept(id);
    return kept ? { fileName: kept.entry.fileName, base64: toBase64(kept.bytes) } : undefined;
  }

  async function exportBase64(): Promise<string> {
    const kept: KeptBadge[] = [];
    for (const entry of await store.entries()) {
      const badge = await store.kept(entry.id);
      if (badge) kept.push(badge);
    }
    return toBase64(exportArchive(kept, deps.now()));
  }

  return {
    items,
    add,
    saveCandidate,
    recheck,
    async remove(id?: string) {
      if (id === undefined) await store.clear();
      else await store.remove(id);
      await items();
    },
    exportBase64,
    file,
  };
}

export type Backpack = ReturnType<typeof createBackpack>;

/** Problems one reply carries at most (its schema's limit); the rest are counted. */
const MAX_PROBLEMS = 100;

function capProblems(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems.map((p) => capText(p, LIMITS.text));
  const shown = problems.slice(0, MAX_PROBLEMS - 1).map((p) => capText(p, LIMITS.text));
  return [...shown, `and ${problems.length - shown.length} more that could not be kept`];
}

function isZip(name: string, bytes: Uint8Array): boolean {
  return /\.zip$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);
}

function pick(entries: BackpackEntry[], which: Which, now: number): BackpackEntry[] {
  if (which === 'all') return entries;
  if (which === 'due') {
    const due = new Set(dueIds(entries, now));
    return entries.filter((e) => due.has(e.id));
  }
  const due = new Set(dueIds(entries, now));
  return entries.filter((e) => due.has(e.id) || now - (Date.parse(e.result?.checkedAt ?? '') || 0) > OPENED_FRESH_MS);
}

function rowOf(entry: BackpackEntry, alert: AlertReason | undefined): BackpackItem {
  return { kind: 'entry', ...entry, ...(alert ? { alert } : {}) };
}
