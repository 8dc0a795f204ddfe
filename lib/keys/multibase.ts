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
  return '1'.repeat(zeros) + digits.reverse().map((d) => ALPHABET[d]).join('');
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

export function decodeMultikey(multibase: string): MultikeyValue | undefined {
  const bytes = multibaseDecode(multibase);
  if (!bytes) return undefined;
  // 0xed 0x01: varint of 0xed (ed25519-pub), then 32 bytes.
  if (bytes[0] === 0xed && bytes[1] === 0x01 && bytes.length === 34) return { kind: 'ed25519', raw: bytes.slice(2) };
  // 0x80 0x24: varint of 0x1200 (p256-pub), then a 33-byte compressed point.
  if (bytes[0] === 0x80 && bytes[1] === 0x24 && bytes.length === 35) {
    const jwk = p256CompressedToJwk(bytes.slice(2));
    return jwk ? { kind: 'jwk', jwk } : undefined;
  }
  return undefined;
}

/** The raw Ed25519 key from a 2020-style `publicKeyMultibase` (no multicodec prefix) or a Multikey. */
export function decodeEd25519Multibase(multibase: string): Uint8Array | undefined {
  const key = decodeMultikey(multibase);
  if (key?.kind === 'ed25519') return key.raw;
  const bytes = multibaseDecode(multibase);
  return bytes?.length === 32 ? bytes : undefined;
}

// P-256 point decompression: y² = x³ − 3x + b over p, and p ≡ 3 (mod 4) so √a = a^((p+1)/4).
const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

function p256CompressedToJwk(point: Uint8Array): JsonWebKey | undefined {
  const prefix = point[0];
  if (prefix !== 2 && prefix !== 3) return undefined;
  const x = bytesToBigInt(point.slice(1));
  if (x >= P) return undefined;
  const rhs = (modPow(x, 3n, P) - 3n * x + B + 3n * P) % P;
  let y = modPow(rhs, (P + 1n) / 4n, P);
  if ((y * y) % P !== rhs) return undefined;
  if (Number(y & 1n) !== (prefix & 1)) y = P - y;
  return { kty: 'EC', crv: 'P-256', x: toBase64Url(point.slice(1)), y: toBase64Url(bigIntToBytes(y, 32)) };
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

function bytesToBigInt(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const byte of bytes) n = (n << 8n) | BigInt(byte);
  return n;
}

function bigIntToBytes(n: bigint, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let v = n;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
