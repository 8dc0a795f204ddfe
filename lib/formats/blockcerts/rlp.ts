import { concatBytes } from '../../util/bytes';

/** An RLP item (https://ethereum.org/developers/docs/data-structures-and-encoding/rlp): bytes, or a list of items. */
export type RlpItem = Uint8Array | readonly RlpItem[];

/** Recursive Length Prefix encoding, as Ethereum serializes transactions before hashing them. */
export function encodeRlp(item: RlpItem): Uint8Array {
  if (item instanceof Uint8Array) {
    if (item.length === 1 && item[0]! < 0x80) return item;
    return concatBytes(lengthPrefix(item.length, 0x80), item);
  }
  const payload = concatBytes(...item.map(encodeRlp));
  return concatBytes(lengthPrefix(payload.length, 0xc0), payload);
}

/** A non-negative integer as RLP wants it: big-endian, no leading zero bytes, zero as no bytes at all. */
export function rlpInteger(value: bigint): Uint8Array {
  if (value < 0n) throw new RangeError('RLP integers are non-negative');
  const bytes: number[] = [];
  for (let rest = value; rest > 0n; rest >>= 8n) bytes.unshift(Number(rest & 0xffn));
  return Uint8Array.from(bytes);
}

/** Short payloads (under 56 bytes) carry their length in the first byte; longer ones the length of their length. */
function lengthPrefix(length: number, offset: 0x80 | 0xc0): Uint8Array {
  if (length < 56) return Uint8Array.of(offset + length);
  const lengthBytes = rlpInteger(BigInt(length));
  return Uint8Array.from([offset + 55 + lengthBytes.length, ...lengthBytes]);
}
