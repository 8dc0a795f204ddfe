/**
 * A small CBOR (RFC 8949) reader for proof values: unsigned integers, byte and text strings, arrays,
 * maps and tags, definite lengths only. Anything else, or input that runs out, is `undefined`.
 */
export type CborValue = number | Uint8Array | string | CborValue[] | Map<CborValue, CborValue> | { tag: number; value: CborValue };

const MAX_ITEMS = 10_000;

export function decodeCbor(bytes: Uint8Array): CborValue | undefined {
  const reader = { bytes, at: 0, items: 0 };
  try {
    const value = readItem(reader, 0);
    return reader.at === bytes.length ? value : undefined;
  } catch {
    return undefined;
  }
}

interface Reader {
  bytes: Uint8Array;
  at: number;
  items: number;
}

function readItem(r: Reader, depth: number): CborValue {
  if (depth > 16 || ++r.items > MAX_ITEMS) throw new Error('too deep or too many items');
  const initial = byteAt(r);
  const major = initial >> 5;
  const length = readLength(r, initial & 0x1f);
  switch (major) {
    case 0:
      return length;
    case 2:
      return take(r, length);
    case 3:
      return new TextDecoder('utf-8', { fatal: true }).decode(take(r, length));
    case 4:
      return Array.from({ length }, () => readItem(r, depth + 1));
    case 5: {
      const map = new Map<CborValue, CborValue>();
      for (let i = 0; i < length; i++) map.set(readItem(r, depth + 1), readItem(r, depth + 1));
      return map;
    }
    case 6:
      return { tag: length, value: readItem(r, depth + 1) };
    default:
      throw new Error(`CBOR major type ${major} is not read`);
  }
}

function readLength(r: Reader, info: number): number {
  if (info < 24) return info;
  const size = { 24: 1, 25: 2, 26: 4 }[info];
  if (size === undefined) throw new Error('unsupported CBOR length');
  let n = 0;
  for (const byte of take(r, size)) n = n * 256 + byte;
  return n;
}

function byteAt(r: Reader): number {
  const byte = r.bytes[r.at++];
  if (byte === undefined) throw new Error('CBOR input ends early');
  return byte;
}

function take(r: Reader, length: number): Uint8Array {
  if (r.at + length > r.bytes.length) throw new Error('CBOR input ends early');
  const out = r.bytes.subarray(r.at, r.at + length);
  r.at += length;
  return out;
}
