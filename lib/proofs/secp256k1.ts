import { base64UrlDecode } from '../keys/multibase';
import { isCurvePoint, verifyEcdsa } from './secp256k1-curve';
import type { SignatureVerifier } from './types';

/**
 * ES256K (RFC 8812): ECDSA over secp256k1 with SHA-256, the signature R ‖ S (64 bytes). WebCrypto has
 * no secp256k1, so @noble/curves checks it. RFC 8812 does not require low-S signatures, so a high-S
 * signature (the malleated twin of a valid one) verifies, as it does in JOSE libraries.
 */
export function createEs256kVerifier(jwk: JsonWebKey): SignatureVerifier | undefined {
  const point = jwk.kty === 'EC' && jwk.crv === 'secp256k1' ? uncompressedPoint(jwk) : undefined;
  if (!point || !isCurvePoint(point)) return undefined;
  return {
    algorithm: 'ES256K',
    async verify(data, signature) {
      return signature.length === 64 && verifyEcdsa(signature, data, point, { prehash: true, format: 'compact' });
    },
  };
}

/** `04 ‖ x ‖ y` from a JWK's coordinates, 32 bytes each. */
function uncompressedPoint(jwk: JsonWebKey): Uint8Array | undefined {
  const x = typeof jwk.x === 'string' ? base64UrlDecode(jwk.x) : undefined;
  const y = typeof jwk.y === 'string' ? base64UrlDecode(jwk.y) : undefined;
  if (x?.length !== 32 || y?.length !== 32) return undefined;
  const point = new Uint8Array(65);
  point[0] = 0x04;
  point.set(x, 1);
  point.set(y, 33);
  return point;
}
