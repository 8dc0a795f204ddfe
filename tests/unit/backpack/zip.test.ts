import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../lib/extract/crc32';
import { IMPORT_LIMITS } from '../../../lib/backpack/import-limits';
import { readZip, writeZip } from '../../../lib/backpack/zip';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A one-file zip whose entry is deflated, as other tools write them. */
function deflatedZip(name: string, data: Uint8Array, crc = crc32(data), statedSize = data.length): Uint8Array {
  const packed = deflateRawSync(data);
  const nameBytes = bytes(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(statedSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(statedSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(30 + nameBytes.length + packed.length, 16);
  return Buffer.concat([local, nameBytes, packed, central, nameBytes, end]);
}

describe('zip', () => {
  it('reads back exactly the files it wrote, binary and UTF-8 names included', async () => {
    const binary = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256);
    const files = [
      { name: 'index.json', bytes: bytes('{"a":1}') },
      { name: 'badges/Zürich badge.png', bytes: binary },
      { name: 'empty.txt', bytes: new Uint8Array() },
    ];
    const read = await readZip(writeZip(files));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.files.map((f) => f.name)).toEqual(files.map((f) => f.name));
    expect(read.files.map((f, i) => Buffer.from(f.bytes).equals(Buffer.from(files[i]!.bytes)))).toEqual([true, true, true]);
  });

  it('writes the same archive for the same files (no timestamps)', () => {
    const files = [{ name: 'a.json', bytes: bytes('x') }];
    expect(Buffer.from(writeZip(files)).equals(Buffer.from(writeZip(files)))).toBe(true);
  });

  it('stores each file as is, right after its local header with its CRC-32', () => {
    const zip = writeZip([{ name: 'a.txt', bytes: bytes('hello') }]);
    const view = Buffer.from(zip);
    expect(view.readUInt32LE(0)).toBe(0x04034b50);
    expect(view.readUInt32LE(14)).toBe(crc32(bytes('hello')));
    expect(view.subarray(30 + 5, 30 + 10).toString()).toBe('hello');
  });

  it('inflates deflated entries', async () => {
    const data = bytes('{"name":"deflated badge"}'.repeat(100));
    const read = await readZip(deflatedZip('badge.json', data));
    expect(read.ok && Buffer.from(read.files[0]!.bytes).toString()).toBe(Buffer.from(data).toString());
  });

  it('refuses an entry whose CRC-32 does not match', async () => {
    const read = await readZip(deflatedZip('badge.json', bytes('abc'), 1234));
    expect(read).toEqual({ ok: false, error: 'badge.json: CRC-32 does not match (the archive is damaged)' });
  });

  it('refuses what is not a zip, and a truncated one', async () => {
    expect((await readZip(bytes('not a zip at all, just text'))).ok).toBe(false);
    const zip = writeZip([{ name: 'a.txt', bytes: bytes('hello world') }]);
    const cut = new Uint8Array([...zip.subarray(0, 20), ...zip.subarray(zip.length - 22)]);
    expect((await readZip(cut)).ok).toBe(false);
  });

  it('stops at the file-count and size limits', async () => {
    const zip = writeZip([
      { name: 'a', bytes: bytes('12345') },
      { name: 'b', bytes: bytes('67890') },
    ]);
    expect(await readZip(zip, { maxFiles: 1, maxBytes: 100 })).toEqual({
      ok: false,
      error: 'it holds 2 files; one import opens at most 1',
    });
    expect(await readZip(zip, { maxFiles: 10, maxBytes: 8 })).toEqual({
      ok: false,
      error: 'it would unpack to more than 0 MB, more than one import takes; nothing was read',
    });
  });

  it('refuses a zip of thousands of files before reading one', async () => {
    const many = writeZip(Array.from({ length: 3000 }, (_, i) => ({ name: `b/${i}.json`, bytes: bytes('{}') })));
    expect(await readZip(many)).toEqual({ ok: false, error: `it holds 3000 files; one import opens at most ${IMPORT_LIMITS.zipFiles}` });
  });

  it('refuses a zip bomb that says how large it unpacks, before inflating anything', async () => {
    const bomb = deflatedZip('bomb.bin', bytes('tiny'), crc32(bytes('tiny')), 0xffff_fff0);
    expect(await readZip(bomb)).toEqual({
      ok: false,
      error: 'it would unpack to more than 64 MB, more than one import takes; nothing was read',
    });
  });

  it('stops inflating a zip bomb that lies about its size at the size it gave', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = deflatedZip('bomb.bin', zeros, crc32(zeros), 1000);
    expect(bomb.length).toBeLessThan(20_000);
    expect(await readZip(bomb)).toEqual({
      ok: false,
      error: 'bomb.bin: it unpacks to more than the archive says (a damaged zip, or a zip bomb); nothing was read',
    });
  });
});
