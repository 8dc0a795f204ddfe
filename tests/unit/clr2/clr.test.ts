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
    const [result] = await verifyBytes(readFileSync('tests/fixtures/vectors/clr2/1edtech-val_clr20_simple.json'), 'x', testEnv(vectorHttp()));
    expect(result!.nested).toHaveLength(1);
    expect(result!.nested![0]).toMatchObject({ format: 'ob3-di', status: 'verified' });
  });

  it('nested results are one level deep in the protocol schema', () => {
    const leaf = { source: 's', format: 'ob3-di', status: 'verified', assurance: 'none', checks: [], credential: {}, checkedAt: '2026-01-01T00:00:00Z' };
    expect(resultSchema.safeParse({ ...leaf, format: 'clr2', nested: [leaf] }).success).toBe(true);
    expect(resultSchema.safeParse({ ...leaf, format: 'clr2', nested: [{ ...leaf, nested: [leaf] }] }).success).toBe(true);
  });
});
