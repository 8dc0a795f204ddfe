import { afterEach, describe, expect, it, vi } from 'vitest';
import { importVerifyKey } from '../../../lib/keys/import-key';

async function ed25519Pair() {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  return new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
}

describe('importVerifyKey keeps imported keys', () => {
  afterEach(() => vi.restoreAllMocks());

  it('imports a key once for the same material and algorithm, and again for another key or algorithm', async () => {
    const raw = await ed25519Pair();
    const other = await ed25519Pair();
    const spy = vi.spyOn(crypto.subtle, 'importKey');
    const first = await importVerifyKey({ kind: 'ed25519', raw }, 'EdDSA');
    const again = await importVerifyKey({ kind: 'ed25519', raw: Uint8Array.from(raw) }, 'EdDSA');
    expect(first).toBeDefined();
    expect(again).toBe(first);
    expect(spy).toHaveBeenCalledTimes(1);
    const otherKey = await importVerifyKey({ kind: 'ed25519', raw: other }, 'EdDSA');
    expect(otherKey).not.toBe(first);
    await importVerifyKey({ kind: 'ed25519', raw }, 'Ed25519');
    expect(spy).toHaveBeenCalledTimes(3);
  });

  it('reads JWK members in any order as the same key, and keeps a refusal a refusal', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const { kty, crv, x, y } = (await crypto.subtle.exportKey('jwk', pair.publicKey)) as Record<'kty' | 'crv' | 'x' | 'y', string>;
    const spy = vi.spyOn(crypto.subtle, 'importKey');
    const first = await importVerifyKey({ kind: 'jwk', jwk: { kty, crv, x, y } }, 'ES256');
    const reordered = await importVerifyKey({ kind: 'jwk', jwk: { y, x, crv, kty } }, 'ES256');
    expect(reordered).toBe(first);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await importVerifyKey({ kind: 'jwk', jwk: { kty, crv, x, y } }, 'ES384')).toBeUndefined();
    expect(await importVerifyKey({ kind: 'jwk', jwk: { kty, crv, x: 'AAAA', y } }, 'ES256')).toBeUndefined();
  });
});
