/**
 * One cold run of bench/cold-chromium.ts under Chromium's startup tracing: where the time between
 * navigation and verdict goes, per process and thread (service worker, page).
 * usage: npx wxt build --mode profile && npx tsx bench/cold-trace.ts [di|jwt] [trace.json] [extension dir]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchDemoBrowser } from '../scripts/demo/browser';
import { startDemoServer } from '../scripts/demo/server';

const which = process.argv[2] === 'jwt' ? 'jwt' : 'di';
const out = resolve(process.argv[3] ?? `/tmp/cold-trace-${which}.json`);
const CASE =
  which === 'jwt'
    ? { type: 'application/vc+jwt', file: 'ob3-jwt-eddsa-did-key.jwt' }
    : { type: 'application/vc+ld+json', file: 'ob3-rdfc-did-key.json' };
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'toplevel',
  'navigation',
  'loading',
  'ServiceWorker',
  'extensions',
  'ipc',
  'mojom',
  // CPU samples of every thread, with BADGE_LENS_CPU_PROFILE=1 (slows everything down a little).
  ...(process.env.BADGE_LENS_CPU_PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : []),
].join(',');

const server = await startDemoServer();
const browser = await launchDemoBrowser({
  port: server.port,
  hosts: server.hosts,
  headless: true,
  extensionDir: resolve(process.argv[4] ?? '.output/chrome-mv3-profile'),
  extraArgs: [`--trace-startup=${CATEGORIES}`, `--trace-startup-file=${out}`, '--trace-startup-duration=0', '--trace-startup-format=json'],
});
try {
  const url = `https://test.example.net/bench-cold-${which}.html`;
  const credential = readFileSync(`tests/fixtures/generated/badges/${CASE.file}`, 'utf8');
  await browser.context.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><title>cold</title><main><script type="${CASE.type}">${credential}</script><p>one credential</p></main>`,
    }),
  );
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (!(window as { verdictAt?: number }).verdictAt && document.querySelector('[data-badge-lens-status="verified"]')) {
        (window as { verdictAt?: number }).verdictAt = performance.now();
        performance.mark('bench:verdict');
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as { verdictAt?: number }).verdictAt !== undefined, null, { timeout: 30_000 });
  console.log('verdict at', await page.evaluate(() => (window as { verdictAt?: number }).verdictAt));
} finally {
  await browser.close();
  await server.close();
}
console.log('trace:', out);
