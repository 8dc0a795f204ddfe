import { compressedPointToJwk, type EcCurve, toBase64Url } from './ec-point';

/** Multibase (base58btc `z`, base64url `u`) and multicodec public keys, as used by did:key and Multikey. */

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

export function base58btcDecode(text: string, maxLength = 512): Uint8Array | undefined {
  if (text.length === 0 || text.length > maxLength) return undefined;
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros++;
  const bytes: number[] = [];
  for (const char of text) {
    let carry = INDEX.get(char);
    if (carry === undefined) return undefined;
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i]! * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < zeros; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

export function base58btcEncode(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  const digits: number[] = [];
  for (const byte of bytes) {
    let carry = byte;
    for (let i = 0; i < digits.length; i++) {
      carry += digits[i]! << 8;
      digits[i] = carry % 58;
      carry = (carry / 58) | 0;
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = (carry / 58) | 0;
    }
  }
  return (
    '1'.repeat(zeros) +
    digits
      .reverse()
      .map((d) => ALPHABET[d])
      .join('')
  );
}

export function base64UrlDecode(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return undefined;
  try {
    const base64 = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
    return Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** `z…` (base58btc) or `u…` (base64url, no padding); other multibase prefixes are not used by these suites. */
export function multibaseDecode(text: string): Uint8Array | undefined {
  if (text.startsWith('z')) return base58btcDecode(text.slice(1));
  if (text.startsWith('u')) return base64UrlDecode(text.slice(1));
  return undefined;
}

/** A public key read from a multicodec-prefixed multibase value (Multikey `publicKeyMultibase`, did:key). */
export type MultikeyValue = { kind: 'ed25519'; raw: Uint8Array } | { kind: 'jwk'; jwk: JsonWebKey };

/** Multicodec varint prefixes of the EC public keys a Multikey carries, each followed by a compressed point. */
const EC_MULTICODECS: readonly { prefix: readonly [number, number]; curve: EcCurve }[] = [
  { prefix: [0x80, 0x24], curve: 'P-256' }, // 0x1200 p256-pub
  { prefix: [0x81, 0x24], curve: 'P-384' }, // 0x1201 p384-pub
  { prefix: [0xe7, 0x01], curve: 'secp256k1' }, // 0xe7 secp256k1-pub
];

export function decodeMultikey(multibase: string): MultikeyValue | undefined {
  const bytes = multibaseDecode(multibase);
  if (!bytes) return undefined;
  // 0xed 0x01: varint of 0xed (ed25519-pub), then 32 bytes.
  if (bytes[0] === 0xed && bytes[1] === 0x01 && bytes.length === 34) return { kind: 'ed25519', raw: bytes.slice(2) };
  const codec = EC_MULTICODECS.find(({ prefix }) => bytes[0] === prefix[0] && bytes[1] === prefix[1]);
  const jwk = codec ? compressedPointToJwk(bytes.slice(2), codec.curve) : undefined;
  return jwk ? { kind: 'jwk', jwk } : undefined;
}

/** The raw Ed25519 key from a 2020-style `publicKeyMultibase` (no multicodec prefix) or a Multikey. */
export function decodeEd25519Multibase(multibase: string): Uint8Array | undefined {
  const key = decodeMultikey(multibase);
  if (key?.kind === 'ed25519') return key.raw;
  const bytes = multibaseDecode(multibase);
  return bytes?.length === 32 ? bytes : undefined;
}

export { toBase64Url };
