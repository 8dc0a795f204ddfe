import { importSPKI } from 'jose';
import { concatBytes } from '../../util/bytes';

/** Signature algorithms accepted for Open Badges 2.0 JWS (the spec recommends RS256). */
export const OB2_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384'] as const;

/**
 * Imports a PEM public key for `alg`. SPKI (`BEGIN PUBLIC KEY`) as published by issuers, and the
 * PKCS#1 `BEGIN RSA PUBLIC KEY` form some older issuers used, wrapped into SPKI here.
 */
export async function importPemPublicKey(pem: string, alg: string): Promise<CryptoKey | undefined> {
  const text = pem.trim();
  try {
    if (text.includes('BEGIN RSA PUBLIC KEY')) return (await importSPKI(pkcs1ToSpkiPem(text), alg)) as CryptoKey;
    return (await importSPKI(text, alg)) as CryptoKey;
  } catch {
    return undefined;
  }
}

function pkcs1ToSpkiPem(pem: string): string {
  const body = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  const rsaPublicKey = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  const algorithm = Uint8Array.of(0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00);
  const bitString = der(0x03, concatBytes(Uint8Array.of(0), rsaPublicKey));
  const spki = der(0x30, concatBytes(algorithm, bitString));
  const base64 = btoa(String.fromCharCode(...spki));
  return `-----BEGIN PUBLIC KEY-----\n${base64.replace(/(.{64})/g, '$1\n')}\n-----END PUBLIC KEY-----`;
}

function der(tag: number, content: Uint8Array): Uint8Array {
  const n = content.length;
  const length =
    n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : n < 0x10000 ? [0x82, n >> 8, n & 0xff] : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
  return concatBytes(Uint8Array.of(tag, ...length), content);
}
