import { createECDH } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../lib/core/session';
import { keyMaterial } from '../../../lib/keys/controller-document';
import { compressedPointToJwk } from '../../../lib/keys/ec-point';
import { base58btcEncode, decodeMultikey } from '../../../lib/keys/multibase';
import { resolveVerificationMethod } from '../../../lib/keys/resolve';
import { createFakeHttp } from '../../support/fake-http';
import { testEnv } from '../../support/env';

const CURVES = [
  { crv: 'P-256', openssl: 'prime256v1', prefix: [0x80, 0x24], bytes: 32, starts: 'zDn' },
  { crv: 'P-384', openssl: 'secp384r1', prefix: [0x81, 0x24], bytes: 48, starts: 'z82' },
  { crv: 'secp256k1', openssl: 'secp256k1', prefix: [0xe7, 0x01], bytes: 32, starts: 'zQ3s' },
] as const;

function multikey(openssl: string, prefix: readonly number[]) {
  const ecdh = createECDH(openssl);
  ecdh.generateKeys();
  const full = ecdh.getPublicKey();
  return {
    multibase: `z${base58btcEncode(Uint8Array.from([...prefix, ...ecdh.getPublicKey(null, 'compressed')]))}`,
    full,
    compressed: ecdh.getPublicKey(null, 'compressed'),
  };
}

describe('EC Multikeys (P-256 zDn…, P-384 z82…, secp256k1 zQ3s…)', () => {
  it.each(CURVES)('$crv: decompresses into the JWK of the full point', ({ crv, openssl, prefix, bytes, starts }) => {
    for (let i = 0; i < 8; i++) {
      const { multibase, full } = multikey(openssl, prefix);
      expect(multibase.startsWith(starts)).toBe(true);
      expect(decodeMultikey(multibase)).toEqual({
        kind: 'jwk',
        jwk: { kty: 'EC', crv, x: full.subarray(1, 1 + bytes).toString('base64url'), y: full.subarray(1 + bytes).toString('base64url') },
      });
    }
  });

  it.each(CURVES)('$crv: a point of the wrong length or off the curve is not a key', ({ crv, openssl, prefix }) => {
    const { compressed } = multikey(openssl, prefix);
    expect(compressedPointToJwk(compressed.subarray(0, -1), crv)).toBeUndefined();
    expect(compressedPointToJwk(Uint8Array.from([4, ...compressed.subarray(1)]), crv)).toBeUndefined();
    // x = 0xff…ff is not below the field prime p
    expect(compressedPointToJwk(Uint8Array.from([2, ...new Uint8Array(compressed.length - 1).fill(0xff)]), crv)).toBeUndefined();
  });

  it('a P-384 did:key resolves offline to its P-384 JWK', async () => {
    const { multibase } = multikey('secp384r1', [0x81, 0x24]);
    const resolved = await resolveVerificationMethod(
      `did:key:${multibase}#${multibase}`,
      createSession(testEnv(createFakeHttp(() => undefined))),
    );
    expect(resolved).toMatchObject({
      ok: true,
      key: { id: `did:key:${multibase}#${multibase}`, source: 'did:key', material: { jwk: { crv: 'P-384' } } },
    });
  });

  it('a Multikey verification method with a P-384 publicKeyMultibase, and a JsonWebKey with a P-384 publicKeyJwk', () => {
    const { multibase, full } = multikey('secp384r1', [0x81, 0x24]);
    expect(keyMaterial({ id: '#k', type: 'Multikey', publicKeyMultibase: multibase })).toMatchObject({
      ok: true,
      material: { jwk: { crv: 'P-384' } },
    });
    const jwk = { kty: 'EC', crv: 'P-384', x: full.subarray(1, 49).toString('base64url'), y: full.subarray(49).toString('base64url') };
    expect(keyMaterial({ id: '#k', type: 'JsonWebKey', publicKeyJwk: jwk })).toEqual({ ok: true, material: { kind: 'jwk', jwk } });
  });

  it('an unknown multicodec is still unsupported, named as such', async () => {
    const bytes = Uint8Array.from([0x82, 0x24, ...new Uint8Array(33).fill(2)]);
    const resolved = await resolveVerificationMethod(
      `did:key:z${base58btcEncode(bytes)}`,
      createSession(testEnv(createFakeHttp(() => undefined))),
    );
    expect(resolved).toMatchObject({
      ok: false,
      check: { code: 'key.unsupported', detail: expect.stringContaining('is not an Ed25519, P-256, P-384 or secp256k1 did:key') },
    });
  });
});
