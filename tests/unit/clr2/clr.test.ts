import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resultSchema } from '../../../lib/protocol/schemas';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { testEnv } from '../../support/env';
import { GENERATED, generatedSiteHttp } from '../../support/generated-site';
import { vectorHttp } from '../../support/vector-http';

const verify = async (file: string) => {
  const http = generatedSiteHttp();
  const [result] = await verifyBytes(readFileSync(`${GENERATED}/badges/${file}`), file, testEnv(http));
  expect(http.unmapped).toEqual([]);
  return result!;
};

describe('CLR 2.0', () => {
  it('verifies the outer proof and shows every credential inside', async () => {
    const result = await verify('clr-valid.json');
    expect(result).toMatchObject({ format: 'clr2', status: 'verified', assurance: 'signed' });
    expect(result.credential.name).toBe('Comprehensive Learner Record — Ada Lovelace, 2025');
    expect(result.nested?.map((n) => [n.format, n.status, n.assurance, n.credential.name])).toEqual([
      ['ob3-di', 'verified', 'signed', 'Python Programming'],
      ['ob3-jwt', 'verified', 'signed', 'Applied Statistics'],
    ]);
    expect(resultSchema.safeParse(result).success).toBe(true);
  });

  it('an invalid credential inside makes the CLR invalid, though its own signature holds', async () => {
    const result = await verify('clr-one-nested-bad.json');
    expect(result.status).toBe('invalid');
    expect(result.checks.filter((c) => c.id === 'proof').map((c) => c.code)).toEqual(['proof.ok']);
    const nested = result.checks.find((c) => c.code === 'nested.invalid');
    expect(nested?.detail).toContain('Applied Statistics');
    expect(result.nested?.map((n) => n.status)).toEqual(['verified', 'invalid']);
    expect(result.nested?.[1]?.checks.map((c) => c.code)).toContain('proof.signature-invalid');
    expect(resultSchema.safeParse(result).success).toBe(true);
  });

  it('the 1EdTech CLR vector carries its nested credential result', async () => {
    const [result] = await verifyBytes(
      readFileSync('tests/fixtures/vectors/clr2/1edtech-val_clr20_simple.json'),
      'x',
      testEnv(vectorHttp()),
    );
    expect(result!.nested).toHaveLength(1);
    expect(result!.nested![0]).toMatchObject({ format: 'ob3-di', status: 'verified' });
  });

  it('nested results are one level deep in the protocol schema', () => {
    const leaf = {
      source: 's',
      format: 'ob3-di',
      status: 'verified',
      assurance: 'none',
      checks: [],
      credential: {},
      checkedAt: '2026-01-01T00:00:00Z',
    };
    expect(resultSchema.safeParse({ ...leaf, format: 'clr2', nested: [leaf] }).success).toBe(true);
    expect(resultSchema.safeParse({ ...leaf, format: 'clr2', nested: [{ ...leaf, nested: [leaf] }] }).success).toBe(true);
  });
});

describe('CLR 2.0: what the credentials inside are reported as', () => {
  type Clr = { '@context': unknown[]; proof?: unknown; credentialSubject: { verifiableCredential: unknown[] } };
  const clr = () => JSON.parse(readFileSync(`${GENERATED}/badges/clr-valid.json`, 'utf8')) as Clr;
  const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const verifyJson = async (value: unknown) =>
    (await verifyBytes(new TextEncoder().encode(JSON.stringify(value)), 'x', testEnv(generatedSiteHttp())))[0]!;

  it('a CLR inside a CLR is labelled clr2, whether embedded or carried as a VC-JWT', async () => {
    const outer = clr();
    const { proof: _proof, ...inner } = clr();
    const jwt = `${b64url({ alg: 'EdDSA', typ: 'vc+jwt' })}.${b64url(inner)}.${Buffer.from('not a signature').toString('base64url')}`;
    outer.credentialSubject.verifiableCredential = [inner, jwt, ...outer.credentialSubject.verifiableCredential];
    const result = await verifyJson(outer);
    expect(result.format).toBe('clr2');
    expect(result.nested?.map((n) => n.format)).toEqual(['clr2', 'clr2', 'ob3-di', 'ob3-jwt']);
    expect(resultSchema.safeParse(result).success).toBe(true);
  });

  it('a CLR whose shape is broken is reported without looking at the credentials inside', async () => {
    const broken = clr();
    broken['@context'] = ['https://www.w3.org/ns/credentials/v2'];
    const result = await verifyJson(broken);
    expect(result).toMatchObject({ format: 'clr2', status: 'invalid', assurance: 'none' });
    expect(result.checks.map((c) => c.code)).toContain('shape.context-invalid');
    expect(result.nested).toBeUndefined();
    expect(result.checks.some((c) => c.id === 'nested')).toBe(false);
  });
});
