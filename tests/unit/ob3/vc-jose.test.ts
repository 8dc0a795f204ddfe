import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CompactSign } from 'jose';
import { describe, expect, it } from 'vitest';
import { classifyPayload } from '../../../lib/extract/classify-payload';
import { envelopedJwt } from '../../../lib/formats/ob3/enveloped';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { createFakeHttp } from '../../support/fake-http';
import { testEnv } from '../../support/env';
import { GENERATED, generatedSiteHttp } from '../../support/generated-site';

const text = (value: string | object) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const badge = (file: string) => readFileSync(`${GENERATED}/badges/${file}`, 'utf8');
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const envelope = (id: string) => ({ '@context': ['https://www.w3.org/ns/credentials/v2'], id, type: 'EnvelopedVerifiableCredential' });

async function verifyText(value: string | object, http = generatedSiteHttp()) {
  const results = await verifyBytes(text(value), 'input', testEnv(http));
  expect(results).toHaveLength(1);
  return results[0]!;
}

describe('EnvelopedVerifiableCredential (VCDM 2.0, VC-JOSE-COSE)', () => {
  const jwt = () => badge('ob3-jwt-es384-did-web.jwt').trim();

  it('reads the JWT out of a data:application/vc+jwt id, percent-encoded or not, and the draft vc-ld+jwt name', () => {
    expect(envelopedJwt(envelope(`data:application/vc+jwt,${jwt()}`))).toBe(jwt());
    expect(envelopedJwt(envelope(`data:application/vc-ld+jwt,${encodeURIComponent(jwt())}`))).toBe(jwt());
    expect(envelopedJwt({ ...envelope(`data:application/vc+jwt,${jwt()}`), type: ['EnvelopedVerifiableCredential'] })).toBe(jwt());
  });

  it('leaves other values alone', () => {
    expect(envelopedJwt(envelope('data:application/json,{}'))).toBeUndefined();
    expect(envelopedJwt(envelope(`data:application/vc+jwt;base64,${Buffer.from(jwt()).toString('base64')}`))).toBeUndefined();
    expect(envelopedJwt({ ...envelope(`data:application/vc+jwt,${jwt()}`), type: 'VerifiableCredential' })).toBeUndefined();
    expect(envelopedJwt(envelope('https://example.org/credentials/1'))).toBeUndefined();
    expect(envelopedJwt('data:application/vc+jwt,a.b.c')).toBeUndefined();
  });

  it('an enveloped ES384 VC-JWT verifies as the OB 3.0 JWT it carries', async () => {
    const result = await verifyText(envelope(`data:application/vc+jwt,${jwt()}`));
    expect(result).toMatchObject({ status: 'verified', format: 'ob3-jwt', assurance: 'signed' });
    expect(result.checks.find((c) => c.code === 'proof.ok')?.detail).toContain(
      'ES384 signature by did:web:credentials.example-university.org#key-p384',
    );
  });

  it('an envelope around a tampered JWT is invalid, around something that is no JWT a malformed JWS', async () => {
    const [h, , s] = jwt().split('.');
    const claims = JSON.parse(Buffer.from(jwt().split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    const tampered = await verifyText(envelope(`data:application/vc+jwt,${h}.${b64url({ ...claims, name: 'Forged' })}.${s}`));
    expect(tampered.status).toBe('invalid');
    expect(tampered.checks.map((c) => c.code)).toContain('proof.signature-invalid');
    const broken = await verifyText(
      envelope('data:application/vc+jwt,not-a-jwt'),
      createFakeHttp(() => undefined),
    );
    expect(broken.status).toBe('invalid');
    expect(broken.checks.map((c) => c.code)).toContain('format.jws-malformed');
  });

  it('an envelope with another media type is still a credential this version does not verify', async () => {
    const result = await verifyText(
      envelope('data:application/vc+cose,AAAA'),
      createFakeHttp(() => undefined),
    );
    expect(result).toMatchObject({ status: 'unverifiable', format: 'unknown' });
    expect(result.checks.map((c) => c.code)).toContain('format.unsupported');
  });
});

describe('VC-JOSE: the credential is the JWT claims set (typ vc+jwt)', () => {
  it('a VCDM 2.0 credential signed as the claims, with no registered claims at all, verifies', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const { kty, crv, x, y } = publicKey.export({ format: 'jwk' });
    const did = `did:jwk:${b64url({ kty, crv, x, y })}`;
    const { proof: _proof, ...credential } = JSON.parse(badge('ob3-rdfc-did-jwk.json')) as Record<string, unknown>;
    const issuer = { ...(credential.issuer as object), id: did };
    const jws = await new CompactSign(text({ ...credential, issuer }))
      .setProtectedHeader({ alg: 'ES384', typ: 'vc+jwt', cty: 'vc', kid: `${did}#0` })
      .sign(privateKey);
    const result = await verifyText(jws);
    expect(result).toMatchObject({ status: 'verified', format: 'ob3-jwt', assurance: 'signed' });
    expect(result.checks.map((c) => c.code)).toEqual(expect.arrayContaining(['proof.ok', 'binding.ok', 'claims.ok']));
  });
});

describe('SD-JWT (vc+sd-jwt) is reported as not supported yet, by name', () => {
  it('classifies as a JWS, with its disclosures and key-binding JWT', () => {
    expect(classifyPayload(badge('sd-jwt-vc.jwt'))).toBe('jws');
    expect(classifyPayload('eyJhIjoxfQ.eyJiIjoyfQ.c2ln~WyJzIiwibiIsInYiXQ~eyJhIjoxfQ.eyJiIjoyfQ.c2ln')).toBe('jws');
    expect(classifyPayload('eyJhIjoxfQ.eyJiIjoyfQ.c2ln~not base64~')).toBeUndefined();
  });

  it.each(['sd-jwt-vc.jwt', 'sd-jwt-enveloped.json'])('%s → unverifiable, naming SD-JWT, never invalid', async (file) => {
    const result = await verifyText(badge(file));
    expect(result).toMatchObject({ status: 'unverifiable', format: 'unknown', assurance: 'none' });
    expect(result.checks.find((c) => c.code === 'format.unsupported')?.detail).toBe('SD-JWT credentials (vc+sd-jwt) are not supported yet');
  });

  it('a typ of dc+sd-jwt without disclosures is an SD-JWT too', async () => {
    const result = await verifyText(
      `${b64url({ alg: 'ES256', typ: 'dc+sd-jwt' })}.${b64url({ vct: 'x', iss: 'did:example:1' })}.c2ln`,
      createFakeHttp(() => undefined),
    );
    expect(result.checks.find((c) => c.code === 'format.unsupported')?.detail).toContain('SD-JWT');
  });
});

describe('JWT algorithms refused by name', () => {
  it('ES256K is unverifiable, naming secp256k1', async () => {
    const result = await verifyText(badge('ob3-jwt-es256k.jwt'));
    expect(result.status).toBe('unverifiable');
    expect(result.checks.find((c) => c.code === 'proof.alg-unsupported')?.detail).toBe('JWS algorithm ES256K (secp256k1) is not supported');
  });
});
