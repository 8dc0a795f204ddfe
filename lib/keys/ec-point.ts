/** Compressed elliptic-curve points (Multikey, did:key) → public JWKs. */

/** The curves a Multikey may carry besides Ed25519; secp256k1 is read so it can be refused by name. */
export type EcCurve = 'P-256' | 'P-384' | 'secp256k1';

interface CurveParams {
  p: bigint;
  a: bigint;
  b: bigint;
  bytes: number;
}

// Short Weierstrass curves y² = x³ + ax + b over p; every p here is ≡ 3 (mod 4), so √v = v^((p+1)/4).
const CURVES: Record<EcCurve, CurveParams> = {
  'P-256': {
    p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
    a: -3n,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
    bytes: 32,
  },
  'P-384': {
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
    a: -3n,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
    bytes: 48,
  },
  secp256k1: {
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2fn,
    a: 0n,
    b: 7n,
    bytes: 32,
  },
};

/** A SEC1 compressed point (`02`/`03` ‖ x) on `curve` as an EC JWK, or undefined when it is not on the curve. */
export function compressedPointToJwk(point: Uint8Array, curve: EcCurve): JsonWebKey | undefined {
  const { p, a, b, bytes } = CURVES[curve];
  const prefix = point[0];
  if (point.length !== bytes + 1 || (prefix !== 2 && prefix !== 3)) return undefined;
  const x = bytesToBigInt(point.slice(1));
  if (x >= p) return undefined;
  const rhs = mod(modPow(x, 3n, p) + a * x + b, p);
  let y = modPow(rhs, (p + 1n) / 4n, p);
  if ((y * y) % p !== rhs) return undefined;
  if (Number(y & 1n) !== (prefix & 1)) y = p - y;
  return { kty: 'EC', crv: curve, x: toBase64Url(point.slice(1)), y: toBase64Url(bigIntToBytes(y, bytes)) };
}

const mod = (n: bigint, m: bigint) => ((n % m) + m) % m;

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
