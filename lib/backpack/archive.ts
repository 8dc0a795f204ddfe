import * as z from 'zod/mini';
import { sha256Hex } from './bytes';
import { backpackEntrySchema, type KeptBadge } from '../protocol/backpack-schemas';
import { readZip, writeZip, type ZipFile } from './zip';

export const INDEX_NAME = 'index.json';
const FORMAT = 'badge-lens-backpack';

const indexEntrySchema = z.object({ ...backpackEntrySchema.shape, file: z.string() });
const indexSchema = z.object({ format: z.literal(FORMAT), version: z.literal(1), exportedAt: z.string(), entries: z.array(z.unknown()) });

/** The whole backpack as one zip: each original file under `badges/`, and `index.json` with metadata and history. */
export function exportArchive(badges: readonly KeptBadge[], now: number): Uint8Array {
  const files: ZipFile[] = [];
  const index = badges.map(({ entry, bytes }) => {
    const file = `badges/${entry.id.slice(0, 12)}-${safeName(entry.fileName)}`;
    files.push({ name: file, bytes });
    return { ...entry, file };
  });
  const json = JSON.stringify({ format: FORMAT, version: 1, exportedAt: new Date(now).toISOString(), entries: index }, null, 2);
  return writeZip([{ name: INDEX_NAME, bytes: new TextEncoder().encode(json) }, ...files]);
}

/** A file name without folders or characters unzip tools trip over. */
function safeName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? '').replace(/[^\p{L}\p{N}._\- ]+/gu, '_').slice(0, 80) || 'badge';
}

/**
 * What a zip the learner drops holds: a backpack export (`entries`, with their history) or, with no
 * `index.json`, loose badge files to add one by one. Entries that do not fit are named in `problems`.
 */
export type ArchiveRead = { ok: true; entries: KeptBadge[]; looseFiles: ZipFile[]; problems: string[] } | { ok: false; error: string };

export async function readArchive(bytes: Uint8Array): Promise<ArchiveRead> {
  const zip = await readZip(bytes);
  if (!zip.ok) return zip;
  const indexFile = zip.files.find((f) => f.name === INDEX_NAME);
  if (!indexFile) return { ok: true, entries: [], looseFiles: zip.files.filter((f) => !f.name.startsWith('__MACOSX/')), problems: [] };
  const index = indexSchema.safeParse(parseJson(indexFile.bytes));
  if (!index.success) return { ok: false, error: `${INDEX_NAME} is not a Badge Lens backpack index` };
  const byName = new Map(zip.files.map((f) => [f.name, f.bytes]));
  const entries: KeptBadge[] = [];
  const problems: string[] = [];
  for (const [i, raw] of index.data.entries.entries()) {
    const read = await entryOf(raw, byName);
    if (typeof read === 'string') problems.push(`entry ${i + 1}: ${read}`);
    else entries.push(read);
  }
  return { ok: true, entries, looseFiles: [], problems };
}

async function entryOf(raw: unknown, files: Map<string, Uint8Array>): Promise<KeptBadge | string> {
  const meta = indexEntrySchema.safeParse(raw);
  if (!meta.success) return 'its metadata is damaged';
  const { file, ...rest } = meta.data;
  const bytes = files.get(file);
  if (!bytes) return `${file} is missing from the archive`;
  if ((await sha256Hex(bytes)) !== rest.id) return `${file} is not the file that was exported (its hash differs)`;
  return { entry: rest, bytes };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}
