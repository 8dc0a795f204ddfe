/**
 * Redirects under docs/SPEC.md §6 in the built extension: an issuer URL that redirects to loopback,
 * link-local or IPv6 loopback targets, or through 9 hops, ends `unverifiable`, and the forbidden
 * hops are never requested. Every target the browser could reach is mapped onto a local server that
 * records what it was asked, so nothing leaves the machine even if the protection were gone.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { extensionIdOf, openPopupFor } from '../../scripts/demo/browser';
import { CHROMIUM, chromiumArgs, chromiumInstalled, hostResolverRules, INSTALL_HINT } from '../../scripts/demo/chromium';
import { REDIRECT_HOST, startDemoServer, type DemoServer } from '../../scripts/demo/server';

const ISSUER = `https://${REDIRECT_HOST}`;
const PAGE = 'https://test.example.net/empty.html';

let demo: DemoServer;
let demoLog: string[] = [];
let canary: Server;
let canaryLog: string[] = [];
let canaryPort = 0;
let context: BrowserContext;
let userDataDir = '';

test.beforeAll(async () => {
  if (!chromiumInstalled()) throw new Error(INSTALL_HINT);
  demo = await startDemoServer({ log: (line) => demoLog.push(line) });
  canary = createServer((req, res) => {
    canaryLog.push(`${req.headers.host}${req.url}`);
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end('{}');
  });
  await new Promise<void>((done) => canary.listen(0, '127.0.0.1', done));
  canaryPort = (canary.address() as AddressInfo).port;
  const extensionDir = ['.output/chrome-mv3-e2e', '.output/chrome-mv3']
    .map((d) => resolve(d))
    .find((d) => existsSync(join(d, 'manifest.json')));
  if (!extensionDir) throw new Error('no extension build: run `npx wxt build --mode e2e` first');
  // Loopback keeps its port (the plain-http canary); 169.254.169.254 and ::1 land on the demo server.
  const rules = `MAP 127.0.0.1 127.0.0.1, MAP 169.254.169.254 127.0.0.1:${demo.port}, MAP ::1 127.0.0.1:${demo.port}, ${hostResolverRules(demo.port, demo.hosts)}`;
  const args = chromiumArgs({ port: demo.port, hosts: demo.hosts, extensionDir }).map((a) =>
    a.startsWith('--host-resolver-rules=') ? `--host-resolver-rules=${rules}` : a,
  );
  userDataDir = mkdtempSync(join(tmpdir(), 'badge-lens-redirects-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ignoreHTTPSErrors: true,
  });
});

test.afterAll(async () => {
  await context?.close().catch(() => undefined);
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  await new Promise((done) => canary?.close(done));
  await demo?.close();
});

async function verifyLink(url: string) {
  const page = await context.newPage();
  await page.goto(PAGE);
  const popup = await openPopupFor(context, await extensionIdOf(context), PAGE);
  await popup.locator('[data-testid="text-input"]').fill(url);
  await popup.locator('[data-testid="verify-button"]').click();
  const result = popup.locator('[data-testid="input-result"]').first();
  await expect(result).toHaveAttribute('data-status', /^(?!pending)/);
  const status = await result.getAttribute('data-status');
  const codes = await result.locator('[data-code]').evaluateAll((checks) => checks.map((c) => c.getAttribute('data-code')));
  await popup.close();
  await page.close();
  return { status, codes };
}

test.beforeEach(() => {
  demoLog = [];
  canaryLog = [];
});

for (const [name, target, forbiddenHost] of [
  ['plain-http loopback', () => `http://127.0.0.1:${canaryPort}/secret`, () => `127.0.0.1:${canaryPort}`],
  ['link-local metadata address', () => 'https://169.254.169.254/latest/meta-data/', () => '169.254.169.254'],
  ['IPv6 loopback', () => 'https://[::1]/admin', () => '[::1]'],
] as const) {
  test(`a redirect to a ${name} is refused before it is requested`, async () => {
    const start = `${ISSUER}/to?url=${encodeURIComponent(target())}`;
    const { status, codes } = await verifyLink(start);
    expect(status).toBe('unverifiable');
    expect(codes).toContain('net.blocked');
    expect(demoLog.some((line) => line.startsWith(`${REDIRECT_HOST}/to?`))).toBe(true);
    const reached = [...demoLog, ...canaryLog].filter((line) => line.startsWith(forbiddenHost()));
    expect(reached).toEqual([]);
  });
}

test('a chain of 9 redirects stops after 5, the 6th hop never requested', async () => {
  const { status, codes } = await verifyLink(`${ISSUER}/chain/9`);
  expect(status).toBe('unverifiable');
  expect(codes).toContain('net.too-many-redirects');
  const asked = demoLog.filter((line) => line.startsWith(`${REDIRECT_HOST}/chain/`)).map((line) => line.split(' ')[0]);
  expect(asked).toEqual([9, 8, 7, 6, 5, 4].map((n) => `${REDIRECT_HOST}/chain/${n}`));
});

test('an allowed redirect is followed: the same verdict as the target itself, the target requested', async () => {
  const target = 'https://badges.example-university.org/assertions/valid.json';
  const direct = await verifyLink(target);
  demoLog = [];
  const redirected = await verifyLink(`${ISSUER}/to?url=${encodeURIComponent(target)}`);
  expect(direct.status).toBe('verified');
  expect(redirected).toEqual(direct);
  const asked = demoLog.map((line) => line.split(' ')[0]);
  const hop = asked.findIndex((line) => line?.startsWith(`${REDIRECT_HOST}/to?`));
  expect(hop).toBeGreaterThanOrEqual(0);
  expect(asked.indexOf('badges.example-university.org/assertions/valid.json')).toBeGreaterThan(hop);
});
