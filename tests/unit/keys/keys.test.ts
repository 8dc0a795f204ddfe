import { createECDH, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkIssuerBinding } from '../../../lib/keys/binding';
import { didWebUrl } from '../../../lib/keys/did-web';
import { base58btcDecode, base58btcEncode, decodeMultikey } from '../../../lib/keys/multibase';
import { resolveVerificationMethod } from '../../../lib/keys/resolve';
import type { VerificationKey } from '../../../lib/keys/types';
import { createSession } from '../../../lib/core/session';
import { createFakeHttp, type FakeRoute } from '../../support/fake-http';
import { testEnv } from '../../support/env';

const session = (routes: Record<string, unknown> = {}) => {
  const http = createFakeHttp((url) => (url in routes ? ({ body: JSON.stringify(routes[url]) } as FakeRoute) : undefined));
  return { http, session: createSession(testEnv(http)) };
};

describe("did:web → URL (the did:web method's Read step, https://w3c-ccg.github.io/did-method-web/)", () => {
  it.each([
    ['did:web:example.com', 'https://example.com/.well-known/did.json'],
    ['did:web:example.com%3A3000', 'https://example.com:3000/.well-known/did.json'],
    [
      'did:web:example.com:issuers:540e388e-2735-4c3e-9709-80142801c774',
      'https://example.com/issuers/540e388e-2735-4c3e-9709-80142801c774/did.json',
    ],
    ['did:web:digitalcredentials.github.io:dcc-did-web:multikey', 'https://digitalcredentials.github.io/dcc-did-web/multikey/did.json'],
  ])('%s', (did, url) => expect(didWebUrl(did)).toBe(url));

  it.each(['did:web:', 'did:web:exa mple.com', 'did:web:example.com::x', 'did:web:%E0%A4%A'])('refuses %s', (did) =>
    expect(didWebUrl(did)).toBeUndefined(),
  );
});

describe('multibase and multikeys', () => {
  it('base58btc round-trips, leading zeros included', () => {
    const bytes = Uint8Array.from([0, 0, 1, 2, 255, 128, 7]);
    expect(base58btcDecode(base58btcEncode(bytes))).toEqual(bytes);
    expect(base58btcDecode('0OIl')).toBeUndefined();
  });

  it('reads an Ed25519 multikey (0xed01)', () => {
    const key = decodeMultikey('z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi');
    expect(key?.kind).toBe('ed25519');
    expect(Buffer.from(key!.kind === 'ed25519' ? key!.raw : []).toString('hex')).toBe(
      '4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5',
    );
  });

  it('decompresses a P-256 multikey (0x8024) into a JWK', () => {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const compressed = ecdh.getPublicKey(null, 'compressed');
    const full = ecdh.getPublicKey();
    const key = decodeMultikey(`z${base58btcEncode(Uint8Array.from([0x80, 0x24, ...compressed]))}`);
    expect(key).toEqual({
      kind: 'jwk',
      jwk: { kty: 'EC', crv: 'P-256', x: full.subarray(1, 33).toString('base64url'), y: full.subarray(33).toString('base64url') },
    });
  });
});

describe('verification methods', () => {
  const did = 'did:web:issuer.example.org';
  const vm = `${did}#key-1`;
  const multibase = 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi';
  const didDoc = (extra: Record<string, unknown> = {}) => ({
    id: did,
    verificationMethod: [{ id: '#key-1', type: 'Multikey', controller: did, publicKeyMultibase: multibase }],
    assertionMethod: ['#key-1'],
    ...extra,
  });

  it('did:key with and without fragment, offline', async () => {
    const { session: s, http } = session();
    for (const id of [`did:key:${multibase}`, `did:key:${multibase}#${multibase}`]) {
      const resolved = await resolveVerificationMethod(id, s);
      expect(resolved).toMatchObject({ ok: true, key: { source: 'did:key', controller: `did:key:${multibase}`, controllerProven: true } });
    }
    expect((await resolveVerificationMethod(`did:key:${multibase}#other`, s)).ok).toBe(false);
    expect(http.requests).toEqual([]);
  });

  it('did:jwk, offline; private members are refused', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const enc = (jwk: unknown) => `did:jwk:${Buffer.from(JSON.stringify(jwk)).toString('base64url')}`;
    const { session: s } = session();
    expect(await resolveVerificationMethod(`${enc(publicKey.export({ format: 'jwk' }))}#0`, s)).toMatchObject({
      ok: true,
      key: { source: 'did:jwk', controllerProven: true },
    });
    expect(await resolveVerificationMethod(`${enc(privateKey.export({ format: 'jwk' }))}#0`, s)).toMatchObject({
      ok: false,
      check: { code: 'key.malformed' },
    });
  });

  it('did:web: relative ids, assertionMethod required, document id must be the DID', async () => {
    const url = 'https://issuer.example.org/.well-known/did.json';
    expect(await resolveVerificationMethod(vm, session({ [url]: didDoc() }).session)).toMatchObject({
      ok: true,
      key: { id: vm, controller: did, controllerProven: true },
    });
    expect(await resolveVerificationMethod(vm, session({ [url]: didDoc({ assertionMethod: [] }) }).session)).toMatchObject({
      ok: false,
      check: { code: 'key.not-assertion-method' },
    });
    expect(await resolveVerificationMethod(`${did}#key-2`, session({ [url]: didDoc() }).session)).toMatchObject({
      ok: false,
      check: { code: 'key.vm-not-found' },
    });
    expect(await resolveVerificationMethod(vm, session({ [url]: didDoc({ id: 'did:web:other.example' }) }).session)).toMatchObject({
      ok: false,
      check: { code: 'key.document-invalid' },
    });
    expect(await resolveVerificationMethod(vm, session().session)).toMatchObject({
      ok: false,
      check: { outcome: 'error', code: 'net.unreachable' },
    });
  });

  it('https key document: bound only when its controller lists it for assertions', async () => {
    const keyUrl = 'https://issuer.example.org/keys/1';
    const profile = 'https://issuer.example.org/profile';
    const keyDoc = { id: keyUrl, type: 'Multikey', controller: profile, publicKeyMultibase: multibase };
    const confirmed = await resolveVerificationMethod(
      keyUrl,
      session({ [keyUrl]: keyDoc, [profile]: { id: profile, assertionMethod: [keyUrl] } }).session,
    );
    expect(confirmed).toMatchObject({ ok: true, key: { controller: profile, controllerProven: true } });
    const unconfirmed = await resolveVerificationMethod(
      keyUrl,
      session({ [keyUrl]: keyDoc, [profile]: { id: profile, name: 'An issuer' } }).session,
    );
    expect(unconfirmed).toMatchObject({ ok: true, key: { controllerProven: false } });
  });

  it('a fragment multikey on an https controller falls back to the fragment when the controller says nothing', async () => {
    const { session: s } = session();
    const resolved = await resolveVerificationMethod(`https://issuer.example.org/profile#${multibase}`, s);
    expect(resolved).toMatchObject({ ok: true, key: { source: 'fragment-multikey', controllerProven: false } });
  });
});

describe('issuer binding', () => {
  const key = (extra: Partial<VerificationKey>): VerificationKey => ({
    id: 'k',
    material: { kind: 'ed25519', raw: new Uint8Array(32) },
    source: 'did:web',
    controllerProven: true,
    ...extra,
  });

  it.each([
    ['bound: proven controller is the issuer', key({ controller: 'did:web:a.example' }), 'did:web:a.example', 'binding.ok'],
    ['mismatch: a DID document of someone else', key({ controller: 'did:web:b.example' }), 'did:web:a.example', 'binding.mismatch'],
    [
      'unbound: did:key of another id',
      key({ source: 'did:key', controller: 'did:key:z6Mk' }),
      'https://a.example/issuer',
      'binding.unbound',
    ],
    ['unbound: issuer id is not resolvable', key({ controller: 'did:web:b.example' }), 'urn:uuid:1', 'binding.unbound'],
    [
      'unbound: key named only in the credential',
      key({ source: 'fragment-multikey', controller: 'https://a.example/issuer', controllerProven: false }),
      'https://a.example/issuer',
      'binding.unbound',
    ],
  ])('%s', (_name, k, issuer, code) => expect(checkIssuerBinding(k, issuer).code).toBe(code));
});
