/**
 * The demo server itself (no browser): routing by host, content types, the issuers' special
 * responses, the platforms' content negotiation, and artwork that keeps every badge byte for byte.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { extractFromBytes } from '../../lib/extract';
import { ART } from '../../scripts/demo/art';
import { GENERATED_DIR, badgeBytes } from '../../scripts/demo/server';
import { expect, test } from './fixtures';

const CA = readFileSync('tests/fixtures/tls/cert.pem');

interface Answer {
  status: number;
  type: string;
  location?: string;
  body: Buffer;
}

function get(port: number, url: string, headers: Record<string, string> = {}, timeoutMs = 5000): Promise<Answer> {
  const { host, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: pathname + search, headers: { host, ...headers }, ca: CA, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            ...(res.headers.location ? { location: res.headers.location } : {}),
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

test('serves issuers, platforms and pages by host name, with the right content types', async ({ demo }) => {
  const cases: Array<[string, number, string, Record<string, string>?]> = [
    ['https://cv.example.net/', 200, 'text/html'],
    ['https://cv.example.net/badges/hosted-valid.png', 200, 'image/png'],
    ['https://cv.example.net/badges/hosted-valid.svg', 200, 'image/svg+xml'],
    ['https://cv.example.net/badges/signed-valid.jws', 200, 'text/plain'],
    ['https://cv.example.net/badges/not-a-badge.json', 200, 'application/ld+json'],
    ['https://cv.example.net/badges/nothing.png', 404, 'text/plain'],
    ['https://cv.example.net/badges/..%2F..%2Fkeys%2Fissuer-rsa.pem', 404, 'text/plain'],
    ['https://badges.example-university.org/issuer.json', 200, 'application/ld+json'],
    ['https://cdn.example-academy.net/assertions/abc123', 200, 'application/ld+json'],
    ['https://badges.example-university.org/assertions/gone.json', 410, 'text/plain'],
    ['https://badges.example-university.org/assertions/server-error.json', 500, 'text/plain'],
    ['https://badges.example-university.org/assertions/html.json', 200, 'text/html'],
    ['https://api.credly.com/v1/obi/v2/badge_assertions/2f6d3c1a-8b4e-4a5f-9c7d-0e1f2a3b4c5d', 200, 'application/json'],
    [
      'https://api.badgr.io/public/assertions/Qm2xT7vKRc8nB4zW1yHe5D',
      200,
      'application/json',
      { accept: 'application/ld+json, application/json;q=0.9' },
    ],
    ['https://api.badgr.io/public/assertions/Qm2xT7vKRc8nB4zW1yHe5D', 200, 'text/html', { accept: 'text/html' }],
    ['https://www.linkedin.com/in/grace-hopper/', 200, 'text/html'],
    ['https://test.example.net/images.html', 200, 'text/html'],
    ['https://nowhere.example.net/', 404, 'text/plain'],
  ];
  for (const [url, status, type, headers] of cases) {
    const answer = await get(demo.port, url, headers);
    expect(`${url} ${answer.status} ${answer.type.split(';')[0]}`).toBe(`${url} ${status} ${type}`);
  }
  const credly = JSON.parse(
    (await get(demo.port, 'https://api.credly.com/v1/obi/v2/badge_assertions/2f6d3c1a-8b4e-4a5f-9c7d-0e1f2a3b4c5d')).body.toString(),
  );
  expect(credly.id).toBe('https://api.credly.com/v1/obi/v2/badge_assertions/2f6d3c1a-8b4e-4a5f-9c7d-0e1f2a3b4c5d');
  const redirect = await get(
    demo.port,
    `https://www.linkedin.com/redir/redirect?url=${encodeURIComponent('https://www.credly.com/badges/x')}`,
  );
  expect([redirect.status, redirect.location]).toEqual([302, 'https://www.credly.com/badges/x']);
  // Tools that cannot remap names reach a host as https://127.0.0.1:<port>/<host>/<path>.
  const mapped = await get(demo.port, 'https://127.0.0.1/badges.example-university.org/issuer.json');
  expect(JSON.parse(mapped.body.toString()).name).toBe('Example University');
  expect(demo.hosts).toEqual(
    expect.arrayContaining([
      'cv.example.net',
      'www.linkedin.com',
      'api.credly.com',
      'api.badgr.io',
      'www.credential.net',
      'badges.example-university.org',
      'test.example.net',
    ]),
  );
});

test("an issuer that does not answer is held past the extension's 10 s timeout", async ({ demo }) => {
  await expect(get(demo.port, 'https://badges.example-university.org/assertions/timeout.json', {}, 1500)).rejects.toThrow('timeout');
});

test('demo pages include fixture content, and badges dressed in artwork keep their badge data exactly', async ({ demo }) => {
  const cv = (await get(demo.port, 'https://cv.example.net/')).body.toString();
  expect(cv).not.toContain('<!--#include');
  expect(cv).toContain(readFileSync(join(GENERATED_DIR, 'badges/signed-valid.jws'), 'utf8').trim());
  for (const file of readdirSync(join(GENERATED_DIR, 'badges')).filter((f) => /\.(png|svg)$/.test(f))) {
    const original = await extractFromBytes(new Uint8Array(badgeBytes(file)!));
    for (const art of Object.keys(ART).slice(0, 2)) {
      const dressed = badgeBytes(`${art}/${file}`);
      expect(dressed, `${art}/${file}`).toBeDefined();
      expect(await extractFromBytes(new Uint8Array(dressed!)), `${art}/${file}`).toEqual(original);
    }
  }
});
