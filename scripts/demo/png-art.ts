/**
 * Shows a baked PNG fixture with real artwork: the fixture's text chunks (the badge, byte for byte,
 * CRC included, before or after the image data as in the fixture) moved into an artwork PNG.
 * The verdict cannot change, since the verifier reads only those chunks.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const TEXT_CHUNKS = new Set(['iTXt', 'tEXt', 'zTXt']);

interface Chunk {
  type: string;
  raw: Buffer;
}

function chunks(png: Buffer): Chunk[] | undefined {
  if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) return undefined;
  const out: Chunk[] = [];
  for (let at = 8; at + 12 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > png.length) return undefined;
    out.push({ type: png.toString('latin1', at + 4, at + 8), raw: png.subarray(at, end) });
    at = end;
  }
  return out;
}

/** The artwork PNG carrying the fixture's text chunks; the fixture itself when either is not a PNG. */
export function dressPngFixture(fixture: Buffer, artwork: Buffer): Buffer {
  const from = chunks(fixture);
  const art = chunks(artwork);
  if (!from || !art || art[0]?.type !== 'IHDR') return fixture;
  const firstIdat = from.findIndex((c) => c.type === 'IDAT');
  const before: Buffer[] = [];
  const after: Buffer[] = [];
  from.forEach((c, i) => {
    if (TEXT_CHUNKS.has(c.type)) (firstIdat >= 0 && i > firstIdat ? after : before).push(c.raw);
  });
  const body = art.filter((c) => c.type !== 'IEND' && c.type !== 'IHDR' && !TEXT_CHUNKS.has(c.type));
  const lastIdat = body.map((c) => c.type).lastIndexOf('IDAT');
  const iend = art.find((c) => c.type === 'IEND')!;
  return Buffer.concat([
    SIGNATURE,
    art[0].raw,
    ...before,
    ...body.slice(0, lastIdat + 1).map((c) => c.raw),
    ...after,
    ...body.slice(lastIdat + 1).map((c) => c.raw),
    iend.raw,
  ]);
}
