import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { testEnv } from '../../support/env';
import { GENERATED, generatedManifest, generatedSiteHttp } from '../../support/generated-site';

const manifest = generatedManifest();

describe('generated badges: one per condition', () => {
  it.each(manifest)('$file ($condition) → $status, $code', async (entry) => {
    const http = generatedSiteHttp();
    const env = testEnv(http, entry.recipient !== undefined ? { recipient: entry.recipient } : {});
    const results = await verifyBytes(readFileSync(`${GENERATED}/badges/${entry.file}`), entry.file, env);
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result!.status).toBe(entry.status);
    expect(result!.format).toBe(entry.format);
    expect(result!.checks.map((c) => c.code)).toContain(entry.code);
    if (entry.assurance) expect(result!.assurance).toBe(entry.assurance);
    if (result!.status !== 'verified') expect(result!.assurance === 'none' || result!.status !== 'invalid').toBe(true);
    expect(http.unmapped).toEqual([]);
  });

  it('covers every verdict and every format', () => {
    expect(new Set(manifest.map((e) => e.status))).toEqual(
      new Set(['verified', 'invalid', 'revoked', 'suspended', 'expired', 'unverifiable']),
    );
    expect(new Set(manifest.map((e) => e.format))).toEqual(new Set(['ob2-hosted', 'ob2-signed', 'ob3-di', 'ob3-jwt', 'clr2', 'unknown']));
  });

  it('an image without badge data gives no result', async () => {
    const results = await verifyBytes(readFileSync(`${GENERATED}/unbaked.png`), 'unbaked.png', testEnv(generatedSiteHttp()));
    expect(results).toEqual([]);
  });

  it('fetches each issuer resource once per verification', async () => {
    const http = generatedSiteHttp();
    await verifyBytes(readFileSync(`${GENERATED}/badges/signed-valid.png`), 'x', testEnv(http));
    expect(http.requests.length).toBe(new Set(http.requests).size);
  });

  it('reuses cached keys and profiles across verifications, but refetches hosted assertions', async () => {
    const http = generatedSiteHttp();
    const env = testEnv(http);
    await verifyBytes(readFileSync(`${GENERATED}/badges/hosted-valid.png`), 'a', env);
    const first = http.requests.length;
    await verifyBytes(readFileSync(`${GENERATED}/badges/hosted-valid.png`), 'b', env);
    expect(http.requests.slice(first)).toEqual(['https://badges.example-university.org/assertions/valid.json']);
  });
});
