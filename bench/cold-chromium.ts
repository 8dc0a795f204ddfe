import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

/**
 * Cold start in Chromium with the built extension: a fresh profile per run, a page holding one
 * credential (embedded, did:key, so nothing is fetched), page navigation → verdict on the page.
 */
export async function benchColdChromium(runs = 5, extensionDir = resolve('.output/chrome-mv3')) {
  if (!chromiumInstalled()) return { skipped: 'no /usr/bin/chromium' };
  if (!existsSync(join(extensionDir, 'manifest.json'))) return { skipped: `no extension build in ${extensionDir}` };
  const server = await startDemoServer();
  const times: Record<(typeof CASES)[number]['key'], number[]> = { diDidKey: [], jwt: [] };
  try {
    for (let run = 0; run < runs; run++) {
      for (const { key, type, file } of CASES) {
        const browser = await launchDemoBrowser({ port: server.port, hosts: server.hosts, headless: true, extensionDir });
        try {
          const credential = readFileSync(`${BADGES}/${file}`, 'utf8');
          const url = `${HOST}/bench-cold-${key}.html`;
          await browser.context.route(url, (route) =>
            route.fulfill({
              contentType: 'text/html; charset=utf-8',
              body: `<!doctype html><title>cold</title><main><script type="${type}">${credential}</script><p>one credential</p></main>`,
            }),
          );
          times[key].push(await verdictAfterNavigation(await browser.context.newPage(), url));
        } finally {
          await browser.close();
        }
      }
    }
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
