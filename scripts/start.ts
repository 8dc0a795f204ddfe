/**
 * npm start: builds Badge Lens, serves the demo world (issuers, platforms, demo pages) on a local
 * HTTPS server and opens Debian's Chromium with the extension on the demo pages.
 *
 * With a display (DISPLAY set): a browser window with the CV and the LinkedIn-like profile, until
 * you close it or press Ctrl-C. Without one (servers, CI): headless; every demo page is checked,
 * its verdicts printed as a table (read from the popup) and screenshots written to screenshots/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { chipStatuses, launchDemoBrowser, openPopupFor, waitForSettled, type DemoBrowser, type PopupRow } from './demo/browser';
import { CHROMIUM, EXTENSION_DIR, INSTALL_HINT, chromiumInstalled } from './demo/chromium';
import { demoPages, verdictKey, type DemoPage } from './demo/expected';
import { GENERATED_DIR, startDemoServer, type DemoServer } from './demo/server';

/** `npm run screenshots` writes the README's pictures to docs/screenshots/ instead. */
const SCREENSHOTS = resolve(process.env.BADGE_LENS_SCREENSHOTS || 'screenshots');
const SETTLE_CAP_MS = 30_000;
const WORDS: Record<string, string> = {
  verified: '✓ Verified',
  invalid: '✗ Invalid',
  revoked: '⊘ Revoked',
  suspended: '‖ Suspended',
  expired: '⌛ Expired',
  unverifiable: '? Could not verify',
};

const say = (line = '') => console.log(line);
let server: DemoServer | undefined;
let browser: DemoBrowser | undefined;

async function cleanup() {
  await browser?.close();
  await server?.close();
}

process.on('SIGINT', () => {
  say('\nstopping…');
  void cleanup().then(() => process.exit(130));
});

function build() {
  if (!existsSync(join(GENERATED_DIR, 'manifest.json'))) {
    say('generating the demo issuers and badges (npm run fixtures)…');
    const fixtures = spawnSync('npm', ['run', '-s', 'fixtures'], { stdio: 'inherit' });
    if (fixtures.status !== 0) process.exit(1);
  }
  say('building the extension (wxt build)…');
  const started = Date.now();
  const result = spawnSync('npx', ['wxt', 'build'], { encoding: 'utf8' });
  if (result.status !== 0 || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    say('the build failed; see above.');
    process.exit(1);
  }
  say(`  built ${relative(process.cwd(), EXTENSION_DIR)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function table(rows: PopupRow[]): string {
  if (!rows.length) return '    (no badges)';
  const width = Math.max(...rows.map((r) => (WORDS[r.status] ?? r.status).length), 6);
  const formatWidth = Math.max(...rows.map((r) => r.format.length), 6);
  const header = `    ${'STATUS'.padEnd(width)}  ${'FORMAT'.padEnd(formatWidth)}  BADGE`;
  return [
    header,
    ...rows.map((r) => `    ${(WORDS[r.status] ?? r.status).padEnd(width)}  ${r.format.padEnd(formatWidth)}  ${r.name}`),
  ].join('\n');
}

function counts(rows: readonly { status: string }[]): string {
  const byStatus = new Map<string, number>();
  for (const r of rows) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
  return [...byStatus].map(([status, n]) => `${n} ${status}`).join(' · ') || 'none';
}

async function ready(page: Page, demo: DemoPage) {
  if (!demo.readyWhen) return;
  const { selector, count } = demo.readyWhen;
  // Late-rendered sections also load on scroll.
  const deadline = Date.now() + 10_000;
  while ((await page.locator(selector).count()) < count && Date.now() < deadline) {
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(300);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function showFirstCard(page: Page): Promise<boolean> {
  const chip = page.locator('[data-badge-lens-status]').first();
  if (!(await chip.count())) return false;
  try {
    await chip.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 140));
    await page.waitForTimeout(200);
    const box = await chip.boundingBox();
    if (!box) return false;
    await page.mouse.click(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(SCREENSHOTS, 'cv-card.png') });
    await page.keyboard.press('Escape');
    return true;
  } catch {
    return false;
  }
}

/** The popup with its first row (the worst verdict) opened: the checks that failed, in words. */
async function showWorstRow(popup: Page, path: string): Promise<boolean> {
  const row = popup.locator('[data-testid="badge-result"]:not([data-status="verified"]) button').first();
  if (!(await row.count())) return false;
  try {
    await row.click();
    await popup.waitForTimeout(500);
    await popup.screenshot({ path, fullPage: true });
    return true;
  } catch {
    return false;
  }
}

async function headless(b: DemoBrowser) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const pages = new Map<string, Page>();
  const written: string[] = [];
  let mismatches = 0;
  for (const demo of demoPages()) {
    const host = new URL(demo.url).host;
    say();
    say(
      `checking ${host}${new URL(demo.url).pathname === '/' ? '' : new URL(demo.url).pathname} — ${demo.title} (${demo.expected.length} badges expected)…`,
    );
    let page: Page;
    if (demo.via && pages.get(demo.via.from)) {
      page = pages.get(demo.via.from)!;
      await page.getByText(demo.via.click, { exact: true }).first().click();
      await page.waitForURL(demo.url);
    } else {
      page = await b.context.newPage();
      await page.goto(demo.url, { waitUntil: 'load' });
    }
    pages.set(demo.id, page);
    await ready(page, demo);
    const popup = await openPopupFor(b.context, b.extensionId, demo.url);
    const started = Date.now();
    const result = await waitForSettled(popup, {
      timeoutMs: SETTLE_CAP_MS,
      minRows: demo.expected.length,
      quietMs: demo.expected.length ? 800 : 1500,
    });
    const chips = await chipStatuses(page);
    say(table(result.rows));
    const expected = verdictKey(demo.expected);
    const found = verdictKey(result.rows);
    const same = expected.join() === found.join();
    if (!same) mismatches++;
    say(
      `    ${counts(result.rows)}; ${chips.length} chip${chips.length === 1 ? '' : 's'} on the page; ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    if (!result.settled) say(`    ! still ${result.pending} pending after ${SETTLE_CAP_MS / 1000} s`);
    say(same ? '    matches the expected verdicts' : `    ! differs from the expected verdicts (${counts(demo.expected)})`);

    const shot = join(SCREENSHOTS, `${demo.id}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    const popupShot = join(SCREENSHOTS, `${demo.id}-popup.png`);
    await popup.screenshot({ path: popupShot, fullPage: true });
    written.push(shot, popupShot);
    if (demo.id === 'cv') {
      if (await showFirstCard(page)) written.push(join(SCREENSHOTS, 'cv-card.png'));
      if (await showWorstRow(popup, join(SCREENSHOTS, 'cv-popup-card.png'))) written.push(join(SCREENSHOTS, 'cv-popup-card.png'));
    }
    await popup.close();
  }
  const options = await b.context.newPage();
  await options.setViewportSize({ width: 760, height: 900 });
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options
    .locator('[data-testid="save-status"]')
    .waitFor({ state: 'attached', timeout: 10_000 })
    .catch(() => undefined);
  await options.waitForTimeout(300);
  const optionsShot = join(SCREENSHOTS, 'options.png');
  await options.screenshot({ path: optionsShot, fullPage: true });
  written.push(optionsShot);
  await options.close();
  say();
  say(`screenshots (pages with their chips, and the popup for each) in ${relative(process.cwd(), SCREENSHOTS)}/:`);
  for (const file of written) say(`  ${relative(process.cwd(), file)}`);
  if (mismatches) say(`\n${mismatches} page(s) differ from what the fixtures say they should show (see the tables above).`);
}

async function headed(b: DemoBrowser, demo: DemoServer) {
  const urls = ['https://cv.example.net/', 'https://www.linkedin.com/in/ada-lovelace/', 'https://www.example-blog.net/'];
  const first = b.context.pages()[0] ?? (await b.context.newPage());
  await first.goto(urls[0]!);
  for (const url of urls.slice(1)) await (await b.context.newPage()).goto(url);
  await first.bringToFront();
  say();
  say('Chromium is open with Badge Lens and the demo pages:');
  for (const url of urls) say(`  ${url}`);
  say(`Those names reach the local server (port ${demo.port}) in this browser only. Click a chip beside a`);
  say('badge for its card, or the toolbar icon for the list. Close the browser or press Ctrl-C to stop.');
  await new Promise<void>((done) => b.context.once('close', () => done()));
}

async function main() {
  if (!chromiumInstalled()) {
    say(`${INSTALL_HINT}\n(expected at ${CHROMIUM}; set CHROMIUM_PATH to use another binary)`);
    process.exit(1);
  }
  build();
  server = await startDemoServer();
  say(
    `serving demo issuers on https://127.0.0.1:${server.port} for ${server.hosts.length} hosts (${server.hosts.slice(0, 4).join(', ')}, …)`,
  );
  let display = Boolean(process.env.DISPLAY);
  say(`starting Chromium${display ? '' : ' (headless: no DISPLAY)'}…`);
  try {
    browser = await launchDemoBrowser({ port: server.port, hosts: server.hosts, headless: !display });
  } catch (error) {
    if (!display) throw error;
    const reason = /X ?server|DISPLAY/i.test(String(error))
      ? `no X server answers on DISPLAY=${process.env.DISPLAY}`
      : 'the window could not be opened';
    say(`  ${reason}; running headless instead`);
    display = false;
    browser = await launchDemoBrowser({ port: server.port, hosts: server.hosts, headless: true });
  }
  say(`  Badge Lens loaded, extension id ${browser.extensionId}`);
  if (display) await headed(browser, server);
  else await headless(browser);
  await cleanup();
  process.exit(0);
}

main().catch(async (error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  await cleanup();
  process.exit(1);
});
