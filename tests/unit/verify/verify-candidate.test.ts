import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyCandidate } from '../../../lib/verify/verify-candidate';
import { testEnv } from '../../support/env';
import { createFakeHttp, type FakeRoute } from '../../support/fake-http';
import { GENERATED, generatedSiteHttp } from '../../support/generated-site';

const UUID = '4b3c2a1d-1111-4222-8333-944455556666';
const CREDLY = `https://api.credly.com/v1/obi/v2/badge_assertions/${UUID}`;
const OB2 = 'https://w3id.org/openbadges/v2';

function credlyHttp() {
  const json = (value: unknown): FakeRoute => ({ body: JSON.stringify(value) });
  const routes: Record<string, FakeRoute> = {
    [CREDLY]: json({
      '@context': OB2,
      type: 'Assertion',
      id: CREDLY,
      recipient: { type: 'email', hashed: true, identity: 'sha256$00' },
      badge: 'https://api.credly.com/v1/obi/v2/issuers/i1/badge_classes/b1',
      issuedOn: '2024-02-02T00:00:00Z',
      verification: { type: 'hosted' },
    }),
    'https://api.credly.com/v1/obi/v2/issuers/i1/badge_classes/b1': json({
      '@context': OB2,
      type: 'BadgeClass',
      id: 'https://api.credly.com/v1/obi/v2/issuers/i1/badge_classes/b1',
      name: 'Cloud Architect',
      description: 'd',
      image: 'https://images.credly.com/b1.png',
      criteria: 'https://www.credly.com/org/x/badge/b1',
      issuer: 'https://api.credly.com/v1/obi/v2/issuers/i1',
    }),
    'https://api.credly.com/v1/obi/v2/issuers/i1': json({
      '@context': OB2,
      type: 'Issuer',
      id: 'https://api.credly.com/v1/obi/v2/issuers/i1',
      name: 'Acme Cloud',
      url: 'https://acme.example.com',
      email: 'x@acme.example.com',
    }),
  };
  return createFakeHttp((url) => routes[url]);
}

describe('verifyCandidate', () => {
  it('resolves a Credly badge through its public OBI endpoint and reports it under the page link', async () => {
    const http = credlyHttp();
    const link = `https://www.credly.com/badges/${UUID}/public_url`;
    const [result] = await verifyCandidate({ kind: 'platform', platform: 'credly', url: link, id: UUID }, testEnv(http), link);
    expect(result).toMatchObject({
      source: link,
      format: 'ob2-hosted',
      status: 'verified',
      assurance: 'hosted',
      credential: { name: 'Cloud Architect', issuer: { name: 'Acme Cloud' } },
    });
    expect(http.unmapped).toEqual([]);
  });

  it('says plainly that Accredible publishes nothing verifiable', async () => {
    const http = createFakeHttp(() => undefined);
    const url = 'https://www.credential.net/10a7b3c4';
    const [result] = await verifyCandidate({ kind: 'platform', platform: 'accredible', url, id: '10a7b3c4' }, testEnv(http), url);
    expect(result).toMatchObject({ status: 'unverifiable', assurance: 'none', checks: [{ code: 'platform.no-public-data' }] });
    expect(http.requests).toEqual([]);
  });

  it('gives no result for an image that cannot be fetched or holds no badge', async () => {
    const http = createFakeHttp((url) =>
      url.endsWith('photo.png')
        ? { file: `${GENERATED}/unbaked.png`, contentType: 'image/png' }
        : url.endsWith('page.png')
          ? { body: '<!doctype html><p>login', contentType: 'text/html' }
          : { fail: 'net.timeout' },
    );
    for (const url of ['https://cv.example.net/photo.png', 'https://cv.example.net/down.png', 'https://cv.example.net/page.png']) {
      expect(await verifyCandidate({ kind: 'image', url }, testEnv(http), url)).toEqual([]);
    }
  });

  it('reports a damaged badge image rather than hiding it', async () => {
    const http = createFakeHttp(() => ({ file: `${GENERATED}/badges/malformed-bad-crc.png`, contentType: 'image/png' }));
    const [result] = await verifyCandidate({ kind: 'image', url: 'https://cv.example.net/b.png' }, testEnv(http), 'x');
    expect(result?.status).toBe('invalid');
  });

  it('verifies data: URL images without fetching them', async () => {
    const http = generatedSiteHttp();
    const png = readFileSync(`${GENERATED}/badges/signed-valid.png`).toString('base64');
    const [result] = await verifyCandidate({ kind: 'image', url: `data:image/png;base64,${png}` }, testEnv(http), 'inline');
    expect(result?.status).toBe('verified');
  });

  it('verifies embedded script text and inline SVG markup', async () => {
    const http = generatedSiteHttp();
    const [embedded] = await verifyCandidate(
      { kind: 'embedded', text: readFileSync(`${GENERATED}/badges/signed-valid.jws`, 'utf8') },
      testEnv(http),
      'script',
    );
    expect(embedded?.status).toBe('verified');
    const [svg] = await verifyCandidate(
      { kind: 'svg-markup', markup: readFileSync(`${GENERATED}/badges/hosted-valid.svg`, 'utf8') },
      testEnv(http),
      'svg',
    );
    expect(svg?.status).toBe('verified');
  });

  it('reports a credential link that cannot be fetched', async () => {
    const http = createFakeHttp(() => ({ status: 404, body: 'nope' }));
    const [result] = await verifyCandidate({ kind: 'link', url: 'https://issuer.example.org/a.json' }, testEnv(http), 'x');
    expect(result).toMatchObject({ status: 'unverifiable', checks: [{ code: 'net.http-error' }] });
  });
});
