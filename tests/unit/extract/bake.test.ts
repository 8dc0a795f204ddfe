import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractFromBytes, readXml } from '../../../lib/extract';
import { bakePng, bakeSvg, crc32, makePng } from '../../../scripts/fixtures/bake';

function chunks(png: Uint8Array): { type: string; data: Uint8Array; crcOk: boolean }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out = [];
  for (let pos = 8; pos < png.length; ) {
    const length = view.getUint32(pos);
    const data = png.subarray(pos + 8, pos + 8 + length);
    out.push({
      type: String.fromCharCode(...png.subarray(pos + 4, pos + 8)),
      data,
      crcOk: crc32(png.subarray(pos + 4, pos + 8 + length)) === view.getUint32(pos + 8 + length),
    });
    pos += 12 + length;
  }
  return out;
}

describe('fixture baking helpers', () => {
  it('makePng makes a valid solid image', () => {
    const png = makePng({ width: 3, height: 2 });
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(parts.every((c) => c.crcOk)).toBe(true);
    const ihdr = new DataView(parts[0]!.data.buffer, parts[0]!.data.byteOffset);
    expect([ihdr.getUint32(0), ihdr.getUint32(4)]).toEqual([3, 2]);
    expect(inflateSync(parts[1]!.data)).toHaveLength(2 * (1 + 3 * 3));
  });

  it('makePng with idatBytes makes at least that much image data in 64 KiB chunks', () => {
    const png = makePng({ idatBytes: 1_000_000 });
    const idats = chunks(png).filter((c) => c.type === 'IDAT');
    expect(idats.reduce((n, c) => n + c.data.length, 0)).toBeGreaterThanOrEqual(1_000_000);
    expect(idats.length).toBeGreaterThan(10);
    expect(idats.every((c) => c.data.length <= 65_536)).toBe(true);
  });

  it('bakePng places chunks and can corrupt the CRC', () => {
    const png = makePng();
    expect(chunks(bakePng(png, 'https://e.org/a')).map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
    expect(chunks(bakePng(png, 'https://e.org/a', { chunk: 'tEXt', position: 'after-idat' })).map((c) => c.type)).toEqual([
      'IHDR',
      'IDAT',
      'tEXt',
      'IEND',
    ]);
    expect(chunks(bakePng(png, 'https://e.org/a', { chunk: 'tEXt', compressed: true })).map((c) => c.type)).toEqual([
      'IHDR',
      'zTXt',
      'IDAT',
      'IEND',
    ]);
    const corrupt = chunks(bakePng(png, 'https://e.org/a', { corruptCrc: true }));
    expect(corrupt.map((c) => c.crcOk)).toEqual([true, false, true, true]);
  });

  it('bakePng writes the iTXt layout of the spec', () => {
    const itxt = chunks(bakePng(makePng(), 'x®', { keyword: 'openbadgecredential' }))[1]!;
    expect([...itxt.data]).toEqual([...new TextEncoder().encode('openbadgecredential'), 0, 0, 0, 0, 0, 0x78, 0xc2, 0xae]);
  });

  it('bakePng refuses tEXt that does not fit Latin-1', () => {
    expect(() => bakePng(makePng(), '東京', { chunk: 'tEXt' })).toThrow(/Latin-1/);
  });

  it.each(['openbadges', 'openbadgecredential', 'clrcredential'] as const)(
    'bakeSvg (%s) is well-formed with the element right after <svg>',
    async (marker) => {
      for (const form of ['cdata', 'verify-attribute'] as const) {
        const text = bakeSvg('https://example.org/a?x=1&y="2"', { marker, form });
        const names: string[] = [];
        expect(
          readXml(text, (e) => {
            if (e.type === 'start') names.push(e.name.local);
          }),
        ).toEqual({ ok: true });
        expect(names.slice(0, 2)).toEqual(['svg', marker === 'openbadges' ? 'assertion' : 'credential']);
        const outcome = await extractFromBytes(new TextEncoder().encode(text));
        expect(outcome).toMatchObject({ ok: true, payload: { text: 'https://example.org/a?x=1&y="2"', marker } });
      }
    },
  );
});
