import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { Page } from '@playwright/test';
import { launchDemoBrowser } from '../scripts/demo/browser';
import { chromiumInstalled } from '../scripts/demo/chromium';
import { startDemoServer } from '../scripts/demo/server';
import { median } from './stats';

const HOST = 'https://test.example.net';
const BADGES = 'tests/fixtures/generated/badges';
const CASES = [
  { key: 'diDidKey', type: 'application/vc+ld+json', file: 'ob3-rdfc-did-key.json' },
  { key: 'jwt', type: 'application/vc+jwt', file: 'ob3-jwt-eddsa-did-key.jwt' },
] as const;

declare global {
  interface Window {
    benchVerdictAt?: number;
  }
}

/** Milliseconds after navigation start when the page's one badge first shows `verified`. */
async function verdictAfterNavigation(page: Page, url: string): Promise<number> {
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (window.benchVerdictAt === undefined && document.querySelector('[data-badge-lens-status="verified"]'))
        window.benchVerdictAt = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-badge-lens-status'] });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.benchVerdictAt !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => window.benchVerdictAt!);
}

type ColdCase = (typeof CASES)[number];

/** Stops the extension's service worker once it has started. */
async function stopWorkers(page: Page) {
  const context = page.context();
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 10_000 });
  await delay(300);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** When the page is opened: at once after the browser's launch (the summary's figure), or later. */
export interface ColdStart {
  /** Wait this long after launch before navigating: the browser's own start-up work is done by then. */
  settleMs: number;
  /**
   * The worker stopped (as Chrome stops it after 30 s idle) before the navigation, so the page's first
   * message starts it: the worker's start is then on the critical path.
   */
  workerAsleep: boolean;
}

/** The default start: BADGE_LENS_COLD_SETTLE_MS (0: at once) and BADGE_LENS_COLD_WORKER=asleep. */
const startFromEnv = (): ColdStart => ({
  settleMs: Number(process.env.BADGE_LENS_COLD_SETTLE_MS ?? 0),
  workerAsleep: process.env.BADGE_LENS_COLD_WORKER === 'asleep',
});
type DemoServer = Awaited<ReturnType<typeof startDemoServer>>;

/** One cold run: a fresh profile with the extension in `extensionDir`, the page holding `coldCase`'s credential. */
async function coldRun(server: DemoServer, extensionDir: string, { key, type, file }: ColdCase, start: ColdStart): Promise<number> {
  const browser = await launchDemoBrowser({ port: server.port, hosts: server.hosts, headless: true, extensionDir });
  try {
    if (start.settleMs > 0) await delay(start.settleMs);
    const credential = readFileSync(`${BADGES}/${file}`, 'utf8');
    const url = `${HOST}/bench-cold-${key}.html`;
    await browser.context.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><title>cold</title><main><script type="${type}">${credential}</script><p>one credential</p></main>`,
      }),
    );
    const page = await browser.context.newPage();
    if (start.workerAsleep) await stopWorkers(page);
    return await verdictAfterNavigation(page, url);
  } finally {
    await browser.close();
  }
}

/**
 * Cold start in Chromium with the built extension: a fresh profile per run, a page holding one
 * credential (embedded, did:key, so nothing is fetched), page navigation → verdict on the page. Unless
 * the environment says otherwise, the page opens as the browser launches, which the summary's `cold_*` keys report.
 */
export async function benchColdChromium(runs = 5, extensionDir = resolve('.output/chrome-mv3'), start = startFromEnv()) {
  if (!chromiumInstalled()) return { skipped: 'no /usr/bin/chromium' };
  if (!existsSync(join(extensionDir, 'manifest.json'))) return { skipped: `no extension build in ${extensionDir}` };
  const server = await startDemoServer();
  const times: Record<ColdCase['key'], number[]> = { diDidKey: [], jwt: [] };
  try {
    for (let run = 0; run < runs; run++) for (const c of CASES) times[c.key].push(await coldRun(server, extensionDir, c, start));
  } finally {
    await server.close();
  }
  return {
    runs,
    diDidKeyMedianMs: median(times.diDidKey),
    jwtMedianMs: median(times.jwt),
    diDidKeyRuns: times.diDidKey,
    jwtRuns: times.jwt,
  };
}

/**
 * Builds compared on a loaded machine: each round runs every build once per case, in an order
 * rotated each round, so load bursts fall on all of them alike. Medians per build and case.
 */
export async function compareColdBuilds(extensionDirs: readonly string[], rounds = 7, start = startFromEnv()) {
  const server = await startDemoServer();
  const times = extensionDirs.map(() => ({ diDidKey: [] as number[], jwt: [] as number[] }));
  try {
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < extensionDirs.length; i++) {
        const b = (i + round) % extensionDirs.length;
        for (const c of CASES) times[b]![c.key].push(await coldRun(server, extensionDirs[b]!, c, start));
      }
    }
  } finally {
    await server.close();
  }
  return extensionDirs.map((dir, b) => ({
    build: dir,
    diDidKeyMedianMs: median(times[b]!.diDidKey),
    jwtMedianMs: median(times[b]!.jwt),
    diDidKeyRuns: times[b]!.diDidKey.map(Math.round),
    jwtRuns: times[b]!.jwt.map(Math.round),
  }));
}

// npx tsx bench/cold-chromium.ts <built extension dir> <another> …: the builds compared, interleaved.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2).map((d) => resolve(d));
  const rows = await compareColdBuilds(dirs.length > 0 ? dirs : [resolve('.output/chrome-mv3')], Number(process.env.ROUNDS ?? 7));
  for (const row of rows) console.log(JSON.stringify(row));
}
