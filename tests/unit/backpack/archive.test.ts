import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { exportArchive, readArchive } from '../../../lib/backpack/archive';
import { readZip, writeZip } from '../../../lib/backpack/zip';
import { createBackpackStore, type BackpackStore } from '../../../lib/backpack/store';
import type { KeptBadge } from '../../../lib/protocol/backpack-schemas';
import { entryOf, memoryStorage } from './memory-storage';
import { resultWith } from './results';

const NOW = Date.parse('2026-03-01T10:00:00Z');
const baked = new Uint8Array(readFileSync('tests/fixtures/generated/badges/clr-valid.png'));
const json = new TextEncoder().encode('{"@context":"https://w3id.org/openbadges/v2","id":"https://x.example/a"}\n');

async function filledStore() {
  const store = createBackpackStore(memoryStorage());
  const a = await store.add(
    { bytes: baked, fileName: 'clr valid/../ü.png', result: resultWith('verified', { id: 'urn:uuid:a', name: 'A' }) },
    NOW,
  );
  await store.record(entryOf(a).id, resultWith('revoked', { id: 'urn:uuid:a', name: 'A' }), NOW + 1000);
  await store.add({ bytes: json, fileName: 'b.json', sourceUrl: 'https://x.example/a' }, NOW);
  return store;
}

async function keptOf(store: BackpackStore): Promise<KeptBadge[]> {
  const kept = await Promise.all((await store.entries()).map((e) => store.kept(e.id)));
  return kept.filter((k) => k !== undefined);
}

describe('backpack export and import', () => {
  it('round-trips every entry byte for byte: the original files, metadata and history', async () => {
    const store = await filledStore();
    const before = await keptOf(store);
    const zip = exportArchive(before, NOW);
    const read = await readArchive(zip);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.problems).toEqual([]);
    const fresh = createBackpackStore(memoryStorage());
    for (const entry of read.entries) await fresh.restore(entry);
    expect(await keptOf(fresh)).toEqual(before);
    const original = before.find((k) => k.entry.fileName.endsWith('.png'))!;
    expect(Buffer.from(original.bytes).equals(Buffer.from(baked))).toBe(true);
    expect(Buffer.from(exportArchive(await keptOf(fresh), NOW)).equals(Buffer.from(zip))).toBe(true);
  });

  it('puts the original files under badges/ beside index.json, with safe names', async () => {
    const zip = await readZip(exportArchive(await keptOf(await filledStore()), NOW));
    expect(zip.ok && zip.files.map((f) => f.name.replace(/[0-9a-f]{12}/, 'ID')).sort()).toEqual([
      'badges/ID-b.json',
      'badges/ID-ü.png',
      'index.json',
    ]);
    const index = zip.ok ? JSON.parse(new TextDecoder().decode(zip.files[0]!.bytes)) : undefined;
    expect(index).toMatchObject({ format: 'badge-lens-backpack', version: 1, exportedAt: '2026-03-01T10:00:00.000Z' });
    expect(index.entries[0]).not.toHaveProperty('base64');
  });

  it('names an entry whose file is missing or was changed, and imports the others', async () => {
    const zip = await readZip(exportArchive(await keptOf(await filledStore()), NOW));
    if (!zip.ok) throw new Error(zip.error);
    const [index, first, second] = zip.files;
    const tampered = writeZip([index!, { name: first!.name, bytes: new Uint8Array([...first!.bytes, 0]) }]);
    const read = await readArchive(tampered);
    expect(read.ok && read.entries).toEqual([]);
    expect(read.ok && read.problems).toEqual([
      `entry 1: ${first!.name} is not the file that was exported (its hash differs)`,
      `entry 2: ${second!.name} is missing from the archive`,
    ]);
  });

  it('reads a zip without index.json as loose badge files', async () => {
    const read = await readArchive(
      writeZip([
        { name: 'one.png', bytes: baked },
        { name: '__MACOSX/._one.png', bytes: new Uint8Array([0]) },
      ]),
    );
    expect(read.ok && read.looseFiles.map((f) => f.name)).toEqual(['one.png']);
  });

  it('refuses an index.json that is not a backpack index', async () => {
    const read = await readArchive(writeZip([{ name: 'index.json', bytes: new TextEncoder().encode('{"entries":[]}') }]));
    expect(read).toEqual({ ok: false, error: 'index.json is not a Badge Lens backpack index' });
  });
});
