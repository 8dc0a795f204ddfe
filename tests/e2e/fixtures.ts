/**
 * Playwright fixtures for Badge Lens: the demo world's HTTPS server (once per worker) and, per test,
 * Debian's Chromium with the built extension and every demo host mapped to that server.
 * Expects a build in .output/chrome-mv3-e2e (`wxt build --mode e2e`, whose overlay uses open shadow
 * roots so tests can look inside) or .output/chrome-mv3; BADGE_LENS_EXTENSION_DIR overrides.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import {
  chipStatuses,
  launchDemoBrowser,
  openPopupFor,
  readRows,
  waitForSettled,
  type PopupRow,
  type Settled,
} from '../../scripts/demo/browser';
import { chromiumInstalled, INSTALL_HINT } from '../../scripts/demo/chromium';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';

export { expect };
export type { PopupRow };

export const SCREENSHOTS = resolve('test-results/screenshots');

export function extensionDir(): string {
  const candidates = [process.env.BADGE_LENS_EXTENSION_DIR, '.output/chrome-mv3-e2e', '.output/chrome-mv3'].filter((d): d is string =>
    Boolean(d),
  );
  const found = candidates.map((d) => resolve(d)).find((d) => existsSync(join(d, 'manifest.json')));
  if (!found)
    throw new Error('no extension build: run `npx wxt build --mode e2e` first (looked in .output/chrome-mv3-e2e and .output/chrome-mv3)');
  return found;
}

interface WorkerFixtures {
  demo: DemoServer;
}

interface TestFixtures {
  extensionId: string;
  /** The popup (popup.html?tabId=N) for the tab showing `tabUrl` (exact URL, or a predicate). */
  openPopup: (tabUrl: string | ((url: string) => boolean)) => Promise<Page>;
  /** Until the popup shows no pending item (and at least minRows rows), with the rows it shows then. */
  waitForSettled: (popup: Page, options?: { minRows?: number; timeoutMs?: number; quietMs?: number }) => Promise<Settled>;
  /** Writes a screenshot to test-results/screenshots/<name>.png. */
  shot: (page: Page, name: string, options?: { fullPage?: boolean }) => Promise<void>;
}

export const test = base.extend<TestFixtures & { context: BrowserContext }, WorkerFixtures>({
  demo: [
    async ({}, use) => {
      if (!chromiumInstalled()) throw new Error(INSTALL_HINT);
      const server = await startDemoServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // A fresh profile per test: no cache or tab state carries over.
  context: async ({ demo }, use) => {
    const browser = await launchDemoBrowser({ port: demo.port, hosts: demo.hosts, headless: true, extensionDir: extensionDir() });
    await use(browser.context);
    await browser.close();
  },
  extensionId: async ({ context }, use) => {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use((tabUrl) => openPopupFor(context, extensionId, tabUrl));
  },
  waitForSettled: async ({}, use) => {
    await use((popup, options = {}) => waitForSettled(popup, { timeoutMs: 30_000, ...options }));
  },
  shot: async ({}, use) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await use(async (page, name, options = {}) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage ?? true });
    });
  },
});

/** `status/format` pairs, sorted: the popup's rows compared with what a page should give, in any order. */
export function verdicts(rows: readonly { status: string; format: string }[]): string[] {
  return rows.map((r) => `${r.status}/${r.format}`).sort();
}

export { chipStatuses, readRows };

/** The test pages' host (tests/e2e/pages/test.example.net). */
export const TEST_HOST = 'https://test.example.net';

/** The popup's list for a page that was scanned and holds no badge: the empty state, without the hint a page never scanned gets. */
export async function expectScannedAndEmpty(popup: Page): Promise<void> {
  await expect(popup.locator('[data-testid="empty-state"]')).toBeVisible();
  await expect(popup.locator('[data-testid="badge-result"]')).toHaveCount(0);
  await expect(popup.locator('.bl-empty .bl-muted')).toHaveCount(0);
}

/** Waits until `selector` matches at least `count` elements, scrolling to trigger lazy sections. */
export async function waitForCount(page: Page, selector: string, count: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await page.locator(selector).count()) < count) {
    if (Date.now() > deadline) throw new Error(`${selector}: fewer than ${count} after ${timeoutMs} ms`);
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(200);
  }
}
