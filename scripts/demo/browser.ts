/**
 * Chromium with Badge Lens loaded and the demo world mapped in, driven by Playwright; shared by
 * `npm start` and the browser tests (tests/e2e/fixtures.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM, EXTENSION_DIR, chromiumArgs } from './chromium';

export interface DemoBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchDemoBrowser(options: {
  port: number;
  hosts: readonly string[];
  headless: boolean;
  extensionDir?: string;
  /** More Chromium switches (a browser test's `--lang=ar`). */
  extraArgs?: readonly string[];
}): Promise<DemoBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'badge-lens-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless,
    args: [
      ...chromiumArgs({
        port: options.port,
        hosts: options.hosts,
        ...(options.extensionDir ? { extensionDir: options.extensionDir } : {}),
      }),
      ...(options.extraArgs ?? []),
    ],
    ignoreHTTPSErrors: true,
    viewport: options.headless ? { width: 1280, height: 900 } : null,
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    return { context, extensionId: await extensionIdOf(context), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The extension's id, from its service worker's URL. */
export async function extensionIdOf(context: BrowserContext, timeoutMs = 15_000): Promise<string> {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: timeoutMs }));
  return new URL(worker.url()).host;
}

interface TabInfo {
  id?: number;
  url?: string;
  pendingUrl?: string;
}

/** The popup for the tab showing `tabUrl` (exact URL, or a predicate), opened as a page: popup.html?tabId=N. */
export async function openPopupFor(
  context: BrowserContext,
  extensionId: string,
  tabUrl: string | ((url: string) => boolean),
  popup?: Page,
): Promise<Page> {
  const page = popup ?? (await context.newPage());
  if (!popup) await page.setViewportSize({ width: 420, height: 760 });
  const base = `chrome-extension://${extensionId}/popup.html`;
  if (!page.url().startsWith(base)) await page.goto(base);
  const matches = typeof tabUrl === 'string' ? (url: string) => url === tabUrl : tabUrl;
  const tabs = (await page.evaluate(() =>
    (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<TabInfo[]> } } }).chrome.tabs.query({}),
  )) as TabInfo[];
  const tab = tabs.find((t) => matches(t.url ?? t.pendingUrl ?? ''));
  if (tab?.id === undefined) throw new Error(`no tab shows ${String(tabUrl)}; open tabs: ${tabs.map((t) => t.url).join(', ')}`);
  await page.goto(`${base}?tabId=${tab.id}`);
  return page;
}

export interface PopupRow {
  status: string;
  format: string;
  name: string;
}

/** The popup's result rows; a row's name is its [data-testid="badge-name"] (else .bl-row-name, else its text). */
export async function readRows(popup: Page): Promise<PopupRow[]> {
  return popup.locator('[data-testid="badge-result"]').evaluateAll((rows) =>
    rows.map((row) => {
      const named = (row.querySelector('[data-testid="badge-name"]') ?? row.querySelector('.bl-row-name'))?.textContent;
      // biome-ignore lint/performance/useDomNodeTextContent: the row's text as rendered, as a reader sees it
      const text = (row as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
      return { status: row.getAttribute('data-status') ?? '', format: row.getAttribute('data-format') ?? '', name: (named ?? text).trim() };
    }),
  );
}

export interface Settled {
  settled: boolean;
  rows: PopupRow[];
  pending: number;
}

/**
 * Waits until the popup shows no pending item, at least `minRows` rows, and the same rows for
 * `quietMs`. Reloads the popup now and then in case it does not update by itself.
 */
export async function waitForSettled(
  popup: Page,
  options: { timeoutMs?: number; minRows?: number; quietMs?: number } = {},
): Promise<Settled> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const quietMs = options.quietMs ?? 800;
  let last = '';
  let since = Date.now();
  let lastReload = Date.now();
  let rows: PopupRow[] = [];
  let pending = 0;
  for (;;) {
    try {
      pending = await popup.locator('[data-testid="badge-pending"], [data-testid="badge-result"][data-pending="true"]').count();
      rows = await readRows(popup);
    } catch {
      /* the popup is reloading */
    }
    const state = `${pending}|${rows.map((r) => `${r.status}/${r.format}/${r.name}`).join(',')}`;
    if (state !== last) {
      last = state;
      since = Date.now();
    }
    if (pending === 0 && rows.length >= (options.minRows ?? 0) && Date.now() - since >= quietMs) return { settled: true, rows, pending };
    if (Date.now() > deadline) return { settled: false, rows, pending };
    if (Date.now() - lastReload > 4_000 && Date.now() - since > 2_000) {
      lastReload = Date.now();
      await popup.reload().catch(() => undefined);
    }
    await popup.waitForTimeout(250);
  }
}

/** The chips Badge Lens drew on the page: the host elements' statuses. */
export async function chipStatuses(page: Page): Promise<string[]> {
  return page.locator('[data-badge-lens-status]').evaluateAll((hosts) => hosts.map((h) => h.getAttribute('data-badge-lens-status') ?? ''));
}

export { EXTENSION_DIR };
