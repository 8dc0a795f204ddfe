/**
 * The subset of CBOR (RFC 8949) proof values use (MerkleProof2019 receipts, ecdsa-sd-2023 proofs):
 * unsigned and negative integers, byte and text strings, arrays, maps and tags, with definite lengths.
 * Anything else, or input that runs out or lies about its counts, is refused.
 */
export type CborValue = number | Uint8Array | string | CborValue[] | Map<CborValue, CborValue> | CborTagged;

export interface CborTagged {
  tag: number;
  value: CborValue;
}

const MAX_ITEMS = 10_000;
const MAX_DEPTH = 16;

/** The one item `bytes` holds, or undefined when it is not (only) a CBOR item of the supported kinds. */
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
  if (depth > MAX_DEPTH || ++r.items > MAX_ITEMS) throw new RangeError('too deep or too many items');
  const initial = byteAt(r);
  const major = initial >> 5;
  const length = readArgument(r, initial & 0x1f);
  switch (major) {
    case 0:
      return length;
    case 1:
      return -1 - length;
    case 2:
      return take(r, length);
    case 3:
      return new TextDecoder('utf-8', { fatal: true }).decode(take(r, length));
    case 4:
      return Array.from({ length: checkedCount(r, length) }, () => readItem(r, depth + 1));
    case 5: {
      const map = new Map<CborValue, CborValue>();
      for (let i = checkedCount(r, length); i > 0; i--) map.set(readItem(r, depth + 1), readItem(r, depth + 1));
      return map;
    }
    case 6:
      return { tag: length, value: readItem(r, depth + 1) };
    default:
      throw new RangeError(`unsupported CBOR major type ${major}`);
  }
}

function readArgument(r: Reader, info: number): number {
  if (info < 24) return info;
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  if (size === 0) throw new RangeError('indefinite or reserved length');
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + byteAt(r);
  if (!Number.isSafeInteger(value)) throw new RangeError('integer too large');
  return value;
}

function checkedCount(r: Reader, count: number): number {
  // Every item takes at least one byte: a count beyond what is left is a lie.
  if (count > r.bytes.length - r.at) throw new RangeError('count beyond the input');
  return count;
}

function byteAt(r: Reader): number {
  const byte = r.bytes[r.at++];
  if (byte === undefined) throw new RangeError('truncated');
  return byte;
}

function take(r: Reader, length: number): Uint8Array {
  if (length > r.bytes.length - r.at) throw new RangeError('truncated');
  const out = r.bytes.subarray(r.at, r.at + length);
  r.at += length;
  return out;
}
