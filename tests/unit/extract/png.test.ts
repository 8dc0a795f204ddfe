import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractFromPng, type ExtractOutcome } from '../../../lib/extract';
import { crc32 as libCrc32 } from '../../../lib/extract/crc32';
import { bakePng, crc32, makePng } from '../../../scripts/fixtures/bake';

const JSON_TEXT = '{"@context":"https://w3id.org/openbadges/v2","type":"Assertion","id":"https://example.org/a/1"}';
const JWS_TEXT = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl';
const URL_TEXT = 'https://example.org/assertion';
const IHDR_END = 8 + 12 + 13;

const vector = (name: string) => readFileSync(new URL(`../../fixtures/vectors/ob3/${name}`, import.meta.url), 'utf8');

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  new DataView(out.buffer).setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  new DataView(out.buffer).setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function insertAt(png: Uint8Array, at: number, ...parts: Uint8Array[]): Uint8Array {
  const extra = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(png.length + extra);
  out.set(png.subarray(0, at));
  let pos = at;
  for (const part of parts) {
    out.set(part, pos);
    pos += part.length;
  }
  out.set(png.subarray(at), pos);
  return out;
}

const bytes = (...parts: (string | number[] | Uint8Array)[]) => {
  const encoded = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : Uint8Array.from(p)));
  return encoded.reduce<Uint8Array>((a, b) => insertAt(a, a.length, b), new Uint8Array(0));
};

/** Offset of the first chunk of the given type. */
function chunkOffset(png: Uint8Array, type: string): number {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let pos = 8; pos + 8 <= png.length; pos += 12 + view.getUint32(pos)) {
    if (String.fromCharCode(...png.subarray(pos + 4, pos + 8)) === type) return pos;
  }
  throw new Error(`no ${type}`);
}

function expectPayload(outcome: ExtractOutcome) {
  if (!outcome.ok) throw new Error(`expected a payload, got ${outcome.code}: ${outcome.detail}`);
  expect(outcome.payload).not.toBeNull();
  return outcome.payload!;
}

function expectCode(outcome: ExtractOutcome, code: string) {
  expect(outcome.ok ? `ok ${JSON.stringify(outcome.payload)}` : outcome.code).toBe(code);
  if (!outcome.ok) expect(outcome.detail).not.toBe('');
}

describe('extractFromPng: finding the payload', () => {
  const png = makePng();

  it.each([
    { name: 'iTXt uncompressed JSON', text: JSON_TEXT, opts: {}, kind: 'json', container: 'png-itxt' },
    { name: 'iTXt compressed JSON', text: JSON_TEXT, opts: { compressed: true }, kind: 'json', container: 'png-itxt' },
    { name: 'iTXt JWS', text: JWS_TEXT, opts: {}, kind: 'jws', container: 'png-itxt' },
    { name: 'iTXt URL', text: URL_TEXT, opts: {}, kind: 'url', container: 'png-itxt' },
    { name: 'legacy tEXt URL only', text: URL_TEXT, opts: { chunk: 'tEXt' as const }, kind: 'url', container: 'png-text' },
    {
      name: 'zTXt (compressed tEXt)',
      text: URL_TEXT,
      opts: { chunk: 'tEXt' as const, compressed: true },
      kind: 'url',
      container: 'png-text',
    },
    { name: 'iTXt after IDAT', text: JSON_TEXT, opts: { position: 'after-idat' as const }, kind: 'json', container: 'png-itxt' },
    {
      name: 'tEXt after IDAT',
      text: URL_TEXT,
      opts: { chunk: 'tEXt' as const, position: 'after-idat' as const },
      kind: 'url',
      container: 'png-text',
    },
  ])('$name', async ({ text, opts, kind, container }) => {
    const payload = expectPayload(await extractFromPng(bakePng(png, text, opts)));
    expect(payload).toEqual({ kind, text, container, marker: 'openbadges' });
  });

  it.each(['openbadges', 'openbadgecredential', 'clrcredential'] as const)('keyword %s sets the marker', async (keyword) => {
    const payload = expectPayload(await extractFromPng(bakePng(png, JWS_TEXT, { keyword })));
    expect(payload.marker).toBe(keyword);
  });

  it.each([false, true])('UTF-8 text survives exactly (compressed: %s)', async (compressed) => {
    const text = '{"name":"SAFe® Agilist — Zürich 東京 🎓","x":"\\u00e9"}';
    const payload = expectPayload(await extractFromPng(bakePng(png, text, { compressed })));
    expect(payload.text).toBe(text);
    expect(JSON.parse(payload.text).name).toBe('SAFe® Agilist — Zürich 東京 🎓');
  });

  it('tEXt is read as ISO 8859-1, not windows-1252', async () => {
    const text = '{"name":"Caf\u00e9 \u0080\u0099\u00ae"}';
    const payload = expectPayload(await extractFromPng(bakePng(png, text, { chunk: 'tEXt' })));
    expect(payload.text).toBe(text);
  });

  it('trims whitespace around the payload', async () => {
    const payload = expectPayload(await extractFromPng(bakePng(png, `\n  ${URL_TEXT}  \n`)));
    expect(payload.text).toBe(URL_TEXT);
  });

  it.each([
    ['1edtech-val_simple-json.png.itxt.json', 'json'],
    ['1edtech-val_simple-jwt.png.itxt.jwt', 'jws'],
  ])('OB 3.0 vector %s round-trips', async (file, kind) => {
    const text = vector(file);
    const payload = expectPayload(await extractFromPng(bakePng(png, text, { keyword: 'openbadgecredential' })));
    expect(payload).toEqual({ kind, text: text.trim(), container: 'png-itxt', marker: 'openbadgecredential' });
  });

  it('prefers iTXt over an earlier tEXt', async () => {
    const withText = bakePng(png, URL_TEXT, { chunk: 'tEXt' });
    const both = bakePng(withText, JSON_TEXT, { position: 'after-idat' });
    expect(chunkOffset(both, 'tEXt')).toBeLessThan(chunkOffset(both, 'iTXt'));
    expect(expectPayload(await extractFromPng(both))).toMatchObject({ text: JSON_TEXT, container: 'png-itxt' });
  });

  it('takes the first of two iTXt chunks', async () => {
    const first = bakePng(png, JWS_TEXT);
    const both = bakePng(first, JSON_TEXT, { position: 'after-idat' });
    expect(expectPayload(await extractFromPng(both)).text).toBe(JWS_TEXT);
  });

  it('takes the first of two tEXt chunks', async () => {
    const first = bakePng(png, 'https://example.org/first', { chunk: 'tEXt' });
    const both = bakePng(first, 'https://example.org/second', { chunk: 'tEXt', position: 'after-idat' });
    expect(expectPayload(await extractFromPng(both)).text).toBe('https://example.org/first');
  });

  it.each([
    ['no text chunk', makePng()],
    ['an unrelated tEXt Software chunk', insertAt(png, IHDR_END, chunk('tEXt', bytes('Software', [0], 'paint')))],
    [
      'a keyword that only starts like a badge keyword',
      insertAt(png, IHDR_END, chunk('iTXt', bytes('openbadges2', [0, 0, 0, 0, 0], URL_TEXT))),
    ],
    ['a keyword in another case', insertAt(png, IHDR_END, chunk('iTXt', bytes('OpenBadges', [0, 0, 0, 0, 0], URL_TEXT)))],
    ['a badge keyword in a chunk that is not text', insertAt(png, IHDR_END, chunk('zzZz', bytes('openbadges', [0], URL_TEXT)))],
    ['a badge chunk after IEND', insertAt(png, png.length, chunk('iTXt', bytes('openbadges', [0, 0, 0, 0, 0], URL_TEXT)))],
    [
      'a big unrelated text chunk',
      insertAt(png, IHDR_END, chunk('iTXt', bytes('XML:com.adobe.xmp', [0, 0, 0, 0, 0], 'x'.repeat(2 * 1024 * 1024)))),
    ],
  ])('no badge: %s → payload null', async (_name, input) => {
    expect(await extractFromPng(input)).toEqual({ ok: true, payload: null });
  });

  it('ignores bytes after IEND', async () => {
    const baked = bakePng(png, URL_TEXT);
    expect(expectPayload(await extractFromPng(insertAt(baked, baked.length, bytes('garbage'))))).toMatchObject({ text: URL_TEXT });
  });

  it('does not CRC-check image data', async () => {
    const baked = bakePng(png, URL_TEXT);
    const idat = chunkOffset(baked, 'IDAT');
    const length = new DataView(baked.buffer).getUint32(idat);
    baked[idat + 8 + length]! ^= 0xff;
    expect(expectPayload(await extractFromPng(baked)).text).toBe(URL_TEXT);
  });

  it('walks a large image quickly by chunk length', async () => {
    const big = makePng({ idatBytes: 8 * 1024 * 1024 });
    expect(big.length).toBeGreaterThan(8 * 1024 * 1024);
    const payload = expectPayload(await extractFromPng(bakePng(big, JSON_TEXT, { position: 'after-idat' })));
    expect(payload.text).toBe(JSON_TEXT);
  });
});

describe('extractFromPng: damaged or hostile input', () => {
  const png = makePng();
  const baked = bakePng(png, JSON_TEXT);

  it('bad CRC on the badge chunk', async () => {
    const outcome = await extractFromPng(bakePng(png, JSON_TEXT, { corruptCrc: true }));
    expectCode(outcome, 'extract.png-bad-crc');
    expect(!outcome.ok && outcome.detail).toBe('CRC mismatch in iTXt chunk at byte 33');
  });

  it('bad CRC on a tEXt badge chunk', async () => {
    expectCode(await extractFromPng(bakePng(png, URL_TEXT, { chunk: 'tEXt', corruptCrc: true })), 'extract.png-bad-crc');
  });

  it('a flipped byte in the badge text fails the CRC', async () => {
    const damaged = baked.slice();
    damaged[IHDR_END + 8 + 20]! ^= 0x01;
    expectCode(await extractFromPng(damaged), 'extract.png-bad-crc');
  });

  it.each([
    ['IEND missing', baked.subarray(0, baked.length - 12)],
    ['cut inside IEND', baked.subarray(0, baked.length - 3)],
    ['cut inside IDAT, after an intact badge chunk', baked.subarray(0, chunkOffset(baked, 'IDAT') + 10)],
    ['cut inside the badge chunk', baked.subarray(0, IHDR_END + 20)],
    ['signature only', baked.subarray(0, 8)],
    ['cut inside a chunk header', baked.subarray(0, 12)],
  ])('truncated: %s', async (_name, input) => {
    expectCode(await extractFromPng(input), 'extract.png-truncated');
  });

  it('chunk length beyond the end of the file', async () => {
    const damaged = baked.slice();
    new DataView(damaged.buffer).setUint32(chunkOffset(damaged, 'IDAT'), 0x7fffffff);
    const outcome = await extractFromPng(damaged);
    expectCode(outcome, 'extract.png-truncated');
    expect(!outcome.ok && outcome.detail).toMatch(/IDAT chunk at byte \d+ declares 2147483647 bytes/);
  });

  it('badge chunk length beyond the end of the file', async () => {
    const damaged = baked.slice();
    new DataView(damaged.buffer).setUint32(IHDR_END, 0xffffffff);
    expectCode(await extractFromPng(damaged), 'extract.png-truncated');
  });

  it('too many chunks (limit given)', async () => {
    const filler = Array.from({ length: 20 }, () => chunk('tEXt', bytes('Comment', [0], 'x')));
    const input = insertAt(baked, IHDR_END, ...filler);
    expectCode(await extractFromPng(input, { maxChunks: 10 }), 'extract.png-too-many-chunks');
    expect(expectPayload(await extractFromPng(input, { maxChunks: 30 })).text).toBe(JSON_TEXT);
  });

  it('too many chunks (default 10,000)', async () => {
    const empty = chunk('tIME', new Uint8Array(7));
    const input = insertAt(baked, IHDR_END, ...Array.from({ length: 10_000 }, () => empty));
    expectCode(await extractFromPng(input), 'extract.png-too-many-chunks');
    const fewer = insertAt(baked, IHDR_END, ...Array.from({ length: 9_990 }, () => empty));
    expect(expectPayload(await extractFromPng(fewer)).text).toBe(JSON_TEXT);
  });

  it('oversized badge chunk (limit given)', async () => {
    const input = bakePng(png, `{"pad":"${'x'.repeat(200)}"}`);
    expectCode(await extractFromPng(input, { maxChunkBytes: 100 }), 'extract.png-chunk-too-large');
  });

  it('oversized badge chunk (default 1 MiB)', async () => {
    const input = bakePng(png, `{"pad":"${'x'.repeat(1024 * 1024)}"}`);
    expectCode(await extractFromPng(input), 'extract.png-chunk-too-large');
    expect(expectPayload(await extractFromPng(input, { maxChunkBytes: 2 * 1024 * 1024 })).kind).toBe('json');
  });

  it('compressed badge text that inflates past the limit', async () => {
    const input = bakePng(png, `{"pad":"${'x'.repeat(4 * 1024 * 1024)}"}`, { compressed: true });
    expect(input.length).toBeLessThan(64 * 1024);
    expectCode(await extractFromPng(input), 'extract.png-chunk-too-large');
  });

  it('compressed zTXt that inflates past the limit', async () => {
    const input = bakePng(png, `https://example.org/${'x'.repeat(300)}`, { chunk: 'tEXt', compressed: true });
    expectCode(await extractFromPng(input, { maxChunkBytes: 200 }), 'extract.png-chunk-too-large');
  });

  const itxt = (...parts: (string | number[] | Uint8Array)[]) => insertAt(png, IHDR_END, chunk('iTXt', bytes('openbadges', [0], ...parts)));

  it.each([
    ['compression flag 2', itxt([2, 0, 0, 0], URL_TEXT), 'extract.png-bad-text-chunk'],
    ['compression method 1', itxt([1, 1, 0, 0], deflateSync(URL_TEXT)), 'extract.png-bad-text-chunk'],
    ['no compression fields', itxt(), 'extract.png-bad-text-chunk'],
    ['unterminated language tag', itxt([0, 0], 'en'), 'extract.png-bad-text-chunk'],
    ['unterminated translated keyword', itxt([0, 0], 'en', [0], 'Open Badges'), 'extract.png-bad-text-chunk'],
    ['invalid UTF-8', itxt([0, 0, 0, 0], '{"name":"', [0xc3, 0x28], '"}'), 'extract.png-bad-text-chunk'],
    ['lone surrogate as UTF-8 bytes', itxt([0, 0, 0, 0], '{"n":"', [0xed, 0xa0, 0x80], '"}'), 'extract.png-bad-text-chunk'],
    ['flag 1 with data that is not zlib', itxt([1, 0, 0, 0], 'not zlib at all'), 'extract.png-inflate-failed'],
    ['flag 1 with truncated zlib data', itxt([1, 0, 0, 0], deflateSync(JSON_TEXT).subarray(0, 10)), 'extract.png-inflate-failed'],
    ['flag 1 with raw deflate instead of zlib', itxt([1, 0, 0, 0], deflateSync(JSON_TEXT).subarray(2)), 'extract.png-inflate-failed'],
    ['text that is not a payload', itxt([0, 0, 0, 0], 'hello world'), 'extract.payload-unrecognized'],
    ['empty text', itxt([0, 0, 0, 0]), 'extract.payload-unrecognized'],
    ['legacy tEXt that is not a payload', bakePng(png, 'not a url', { chunk: 'tEXt' }), 'extract.payload-unrecognized'],
  ])('%s', async (_name, input, code) => {
    expectCode(await extractFromPng(input), code);
  });

  it('reads language tag and translated keyword fields', async () => {
    const input = itxt([0, 0], 'en-GB', [0], 'Open Badges ®', [0], URL_TEXT);
    expect(expectPayload(await extractFromPng(input)).text).toBe(URL_TEXT);
  });

  it.each([
    ['empty input', new Uint8Array(0)],
    ['a JPEG', Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46)],
    ['text', new TextEncoder().encode(URL_TEXT)],
    ['a damaged signature', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00, ...baked.subarray(8)])],
  ])('not a PNG: %s', async (_name, input) => {
    expectCode(await extractFromPng(input), 'extract.unsupported-bytes');
  });

  it('works on a view into a larger buffer', async () => {
    const padded = insertAt(baked, 0, new Uint8Array(5));
    expect(expectPayload(await extractFromPng(padded.subarray(5))).text).toBe(JSON_TEXT);
  });
});

describe('crc32', () => {
  it.each([
    ['', 0],
    ['123456789', 0xcbf43926],
    ['IEND', 0xae426082],
  ])('%j', (text, expected) => {
    const data = new TextEncoder().encode(text);
    expect(libCrc32(data)).toBe(expected);
    expect(crc32(data)).toBe(expected);
  });

  it('lib and zlib agree on random data', () => {
    const data = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
    expect(libCrc32(data)).toBe(crc32(data));
    expect(libCrc32(data, 100, 300)).toBe(crc32(data.subarray(100, 300)));
  });
});
