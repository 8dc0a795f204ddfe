/**
 * Everything Badge Lens asks of the secp256k1 curve (@noble/curves), as plain functions over bytes.
 * The curve precomputes tables and probes a random source when it loads, which a worker start or a
 * CLI run pays even when no credential needs it; the extension's worker and the CLI bundle this
 * module evaluated on its first call (`scripts/build/lazy-module.ts`), so only the functions below
 * may be exported. None of them throws.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';

/** Whether `point` (SEC 1 encoding) is a point of the curve. */
export function isCurvePoint(point: Uint8Array): boolean {
  try {
    secp256k1.Point.fromBytes(point).assertValidity();
    return true;
  } catch {
    return false;
  }
}

/**
 * ECDSA over `data` (or, with `prehash: false`, over the 32-byte digest `data`), the signature
 * compact (R ‖ S) or DER; high-S signatures are accepted (`lowS: false`).
 */
export function verifyEcdsa(
  signature: Uint8Array,
  data: Uint8Array,
  publicKey: Uint8Array,
  options: { prehash: boolean; format: 'compact' | 'der' },
): boolean {
  try {
    return secp256k1.verify(signature, data, publicKey, { ...options, lowS: false });
  } catch {
    return false;
  }
}

/** The uncompressed public key (65 bytes) that made the recoverable signature (r, s, recovery) over `digest`. */
export function recoverPublicKey(digest: Uint8Array, r: bigint, s: bigint, recovery: number): Uint8Array | undefined {
  try {
    return new secp256k1.Signature(r, s, recovery).recoverPublicKey(digest).toBytes(false);
  } catch {
    return undefined;
  }
}
