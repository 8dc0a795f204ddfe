import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { testEnv } from '../../support/env';
import { GENERATED, generatedSiteHttp } from '../../support/generated-site';

const badge = (file: string) => readFileSync(`${GENERATED}/badges/${file}`);

describe('generated OB 3.0 badges: what the card shows', () => {
  it('a UTF-8 name baked into a PNG survives and verifies', async () => {
    const [result] = await verifyBytes(badge('ob3-utf8-name.png'), 'x', testEnv(generatedSiteHttp()));
    expect(result!.status).toBe('verified');
    expect(result!.credential.name).toBe('SAFe® 6 Agilist');
    expect(result!.credential.description).toContain('«Übung» in großen Teams');
  });

  it('summarises achievement, embedded issuer, dates and a hashed recipient without showing the hash', async () => {
    const [result] = await verifyBytes(badge('ob3-rdfc-did-web.json'), 'x', testEnv(generatedSiteHttp()));
    expect(result!.credential).toEqual({
      id: 'https://credentials.example-university.org/credentials/rdfc-did-web',
      name: 'Data Science Foundations',
      description: 'Awarded for completing the 12-week Data Science Foundations course with a capstone project.',
      image: 'https://credentials.example-university.org/achievements/data-science-foundations.png',
      criteria: 'Pass all six modules and present a capstone project to a panel.',
      criteriaUrl: 'https://credentials.example-university.org/achievements/data-science-foundations/criteria',
      issued: '2025-06-01T09:00:00.000Z',
      issuer: {
        id: 'did:web:credentials.example-university.org',
        name: 'Example University',
        url: 'https://www.example-university.org',
        nameSource: 'embedded',
        nameTrust: 'self-declared',
        vouchedBy: { kind: 'did', value: 'did:web:credentials.example-university.org' },
      },
      recipient: { type: 'emailAddress', hashed: true },
    });
  });

  it('endorsements are verified and reported, never changing the verdict', async () => {
    const [result] = await verifyBytes(badge('ob3-endorsed.json'), 'x', testEnv(generatedSiteHttp()));
    expect(result!.status).toBe('verified');
    const endorsements = result!.checks.filter((c) => c.id === 'endorsement');
    expect(endorsements.map((c) => [c.outcome, c.code])).toEqual([
      ['pass', 'endorsement.ok'],
      ['fail', 'endorsement.not-verified'],
    ]);
    expect(endorsements[0]!.detail).toContain('Data Science Guild');
  });

  it('a canonicalization "poison" ends quickly as unverifiable', async () => {
    const started = Date.now();
    const [result] = await verifyBytes(badge('ob3-canonicalization-poison.json'), 'x', testEnv(generatedSiteHttp()));
    expect(result!.status).toBe('unverifiable');
    expect(result!.checks.map((c) => c.code)).toContain('jsonld.work-limit');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('never fetches an unknown context', async () => {
    const http = generatedSiteHttp();
    await verifyBytes(badge('ob3-unknown-context.json'), 'x', testEnv(http));
    expect(http.requests.some((url) => url.includes('contexts.example-university.org'))).toBe(false);
  });

  it('caches DID documents and status lists across verifications', async () => {
    const http = generatedSiteHttp();
    const env = testEnv(http);
    await verifyBytes(badge('ob3-status-active.json'), 'a', env);
    const first = http.requests.length;
    await verifyBytes(badge('ob3-status-revoked.json'), 'b', env);
    expect(first).toBeGreaterThan(0);
    expect(http.requests.length).toBe(first);
  });

  it('a tampered credential has no assurance and names the failing check', async () => {
    const [result] = await verifyBytes(badge('ob3-tampered-name.json'), 'x', testEnv(generatedSiteHttp()));
    expect(result).toMatchObject({ status: 'invalid', assurance: 'none' });
    expect(result!.checks.find((c) => c.id === 'proof')).toMatchObject({ outcome: 'fail', code: 'proof.signature-invalid' });
  });
});
