import type { MultikeyValue } from './multibase';

/** Keys imported lately, by material and algorithm: an issuer's key signs many credentials. */
const imported = new Map<string, Promise<CryptoKey | undefined>>();
const IMPORTED_KEYS = 256;

/**
 * A WebCrypto key for verifying with `alg` (JOSE name), or undefined when the key cannot do that.
 * Kept for the next proof by the same key: each import is a round trip to WebCrypto's thread pool in Node.
 */
export function importVerifyKey(material: MultikeyValue, alg: string): Promise<CryptoKey | undefined> {
  const id = `${alg}\n${materialId(material)}`;
  let key = imported.get(id);
  if (key) {
    imported.delete(id); // most recently used last
  } else {
    key = importNow(material, alg);
    if (imported.size >= IMPORTED_KEYS) imported.delete(imported.keys().next().value!);
  }
  imported.set(id, key);
  return key;
}

function materialId(material: MultikeyValue): string {
  if (material.kind === 'ed25519') return `ed25519:${String.fromCharCode(...material.raw)}`; // 32 bytes, one char each
  return `jwk:${JSON.stringify(Object.entries(material.jwk).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;
}

async function importNow(material: MultikeyValue, alg: string): Promise<CryptoKey | undefined> {
  try {
    if (material.kind === 'ed25519') {
      if (alg !== 'EdDSA' && alg !== 'Ed25519') return undefined;
      return await crypto.subtle.importKey('raw', material.raw as BufferSource, { name: 'Ed25519' }, false, ['verify']);
    }
    const jwk = { ...material.jwk, ext: true };
    delete (jwk as { alg?: string }).alg;
    delete (jwk as { key_ops?: string[] }).key_ops;
    delete (jwk as { use?: string }).use;
    const algorithm = webCryptoAlgorithm(alg, jwk);
    return algorithm ? await crypto.subtle.importKey('jwk', jwk, algorithm, false, ['verify']) : undefined;
  } catch {
    return undefined;
  }
}

function webCryptoAlgorithm(alg: string, jwk: JsonWebKey): AlgorithmIdentifier | RsaHashedImportParams | EcKeyImportParams | undefined {
  const hash = `SHA-${alg.slice(2)}`;
  if (/^RS(256|384|512)$/.test(alg) && jwk.kty === 'RSA') return { name: 'RSASSA-PKCS1-v1_5', hash };
  if (/^PS(256|384|512)$/.test(alg) && jwk.kty === 'RSA') return { name: 'RSA-PSS', hash };
  if (alg === 'ES256' && jwk.kty === 'EC' && jwk.crv === 'P-256') return { name: 'ECDSA', namedCurve: 'P-256' };
  if (alg === 'ES384' && jwk.kty === 'EC' && jwk.crv === 'P-384') return { name: 'ECDSA', namedCurve: 'P-384' };
  if ((alg === 'EdDSA' || alg === 'Ed25519') && jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return { name: 'Ed25519' };
  return undefined;
}

/** Checks `signature` over `data` with an imported key; false (never a throw) when WebCrypto refuses it. */
export async function verifySignature(
  key: CryptoKey,
  algorithm: AlgorithmIdentifier | EcdsaParams,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  try {
    return await crypto.subtle.verify(algorithm, key, signature as BufferSource, data as BufferSource);
  } catch {
    return false;
  }
}
