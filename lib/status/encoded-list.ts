import { base64UrlDecode } from '../keys/multibase';
import { readCapped } from '../util/read-capped';

/** A decompressed list may not exceed this (2^27 entries); the spec minimum is 16 KiB. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;
export const MIN_LIST_BITS = 131_072;

/** Lists decoded lately, by their `encodedList`: every credential of an issuer points into the same one. */
const RECENT_LISTS = 8;
/** Larger lists are decoded each time rather than kept. */
const MAX_KEPT_LIST_BYTES = 2 * 1024 * 1024;
const recent = new Map<string, Promise<Uint8Array | undefined>>();

/**
 * `encodedList`: base64url of the GZIP-compressed bitstring; Bitstring Status List prefixes the
 * multibase `u`, StatusList2021 does not. GZIP base64 always starts `H4s`, so a leading `u` is a prefix.
 * The same list asked again (a page of one issuer's badges) is decoded once; callers only read the bytes.
 */
export function decodeEncodedList(encoded: string): Promise<Uint8Array | undefined> {
  const kept = recent.get(encoded);
  if (kept) return kept;
  const decoding = decodeOnce(encoded);
  recent.set(encoded, decoding);
  if (recent.size > RECENT_LISTS) recent.delete(recent.keys().next().value!);
  void decoding.then((bits) => {
    if (!bits || bits.length > MAX_KEPT_LIST_BYTES) recent.delete(encoded);
  });
  return decoding;
}

async function decodeOnce(encoded: string): Promise<Uint8Array | undefined> {
  const text = encoded.startsWith('u') ? encoded.slice(1) : encoded;
  const compressed = base64UrlDecode(text);
  if (!compressed || compressed.length < 18) return undefined;
  try {
    const stream = new Blob([compressed as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
    const read = await readCapped(stream, MAX_LIST_BYTES);
    return 'bytes' in read ? read.bytes : undefined;
  } catch {
    return undefined;
  }
}

/** Entry `index` of `size` bits; bit 0 is the most significant bit of byte 0 (BSL §3.2). */
export function readEntry(bits: Uint8Array, index: number, size: number): number | undefined {
  const first = index * size;
  if (!Number.isSafeInteger(first) || first < 0 || first + size > bits.length * 8) return undefined;
  let value = 0;
  for (let i = first; i < first + size; i++) value = value * 2 + ((bits[i >> 3]! >> (7 - (i & 7))) & 1);
  return value;
}
