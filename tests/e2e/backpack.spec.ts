import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchDemoBrowser } from '../../scripts/demo/browser';
import { COLOR_SCHEMES, runAxe } from './a11y';
import { expect, test } from './fixtures';

const CV = 'https://cv.example.net/';
const ASSERTION = 'https://badges.example-university.org/assertions/valid.json';

async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** The toolbar's default badge text (tabs without badges of their own show it). */
async function defaultBadgeText(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
  type Action = { action: { getBadgeText(details: object): Promise<string> } };
  return worker.evaluate(() => (globalThis as unknown as { chrome: Action }).chrome.action.getBadgeText({}));
}

async function openBackpack(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${await extensionIdOf(context)}/backpack.html`);
  return page;
}

test('a learner saves a badge from the demo CV, sees it revoked after a re-check, exports and imports it, and puts it on LinkedIn', async ({
  context,
  page,
  demo,
  openPopup,
  waitForSettled,
  shot,
}) => {
  test.setTimeout(120_000);
  await page.goto(CV);
  const popup = await openPopup(CV);
  await waitForSettled(popup, { minRows: 5 });
  const row = popup
    .locator('[data-testid="badge-result"][data-format="ob2-hosted"][data-status="verified"]', { hasText: 'Data Science Foundations' })
    .first();
  await row.locator('button.bl-row-button').click();
  await row.locator('[data-testid="save-to-backpack"]').click();
  await expect(row.locator('[data-testid="save-outcome"]')).toHaveText('Saved to your backpack');

  const backpack = await openBackpack(context);
  const item = backpack.locator('[data-testid="backpack-item"]');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-status', 'verified');
  await expect(item).toHaveAttribute('data-format', 'ob2-hosted');
  await expect(item).toContainText('Data Science Foundations');
  await expect(item).toContainText('Example University');
  await expect(item.locator('[data-testid="next-check"]')).toContainText('Next check');
  await expect(item.locator('.bl-badge-image img, img').first()).toBeVisible();

  // LinkedIn's add-certification form, pre-filled from the credential.
  const href = await item.locator('[data-testid="add-to-linkedin"]').getAttribute('href');
  const linkedIn = new URL(href ?? '');
  expect(`${linkedIn.origin}${linkedIn.pathname}`).toBe('https://www.linkedin.com/profile/add');
  expect(Object.fromEntries(linkedIn.searchParams)).toEqual({
    startTask: 'CERTIFICATION_NAME',
    name: 'Data Science Foundations',
    organizationName: 'Example University',
    issueYear: '2024',
    issueMonth: '6',
    certUrl: ASSERTION,
    certId: ASSERTION,
  });
  await shot(backpack, 'backpack');

  // How recruiters will see it: the overlay's chip on a LinkedIn-like entry and a CV row, and what a check confirms.
  await item.locator('[data-testid="open-preview"]').click();
  const preview = item.locator('[data-testid="recruiter-preview"]');
  await expect(preview.locator('[data-testid="preview-linkedin"]')).toContainText('Licenses & certifications');
  await expect(preview.locator('[data-testid="preview-cv"]')).toContainText('Data Science Foundations — Example University');
  await expect(preview.locator('[data-testid="preview-cannot-confirm"]')).toContainText('hashed email');
  await expect(preview.locator('[data-testid="preview-confirms"]')).toContainText("issuer's site still hosts this badge");
  const chip = preview.locator('[data-testid="preview-linkedin"] .bl-overlay-chip');
  await expect(chip).toHaveAttribute('data-status', 'verified');
  await chip.click();
  await expect(preview.locator('[data-testid="preview-linkedin"] [data-testid="overlay-card"]')).toContainText('Data Science Foundations');
  await shot(backpack, 'backpack-preview');

  // The demo issuer revokes it; "Re-check all" shows the change, its history and the toolbar's signal.
  demo.setRevoked(ASSERTION, true, 'Issued in error');
  await backpack.locator('[data-testid="recheck-all"]').click();
  await expect(item).toHaveAttribute('data-status', 'revoked', { timeout: 30_000 });
  await expect(item.locator('[data-testid="backpack-alert"]')).toHaveAttribute('data-alert', 'revoked');
  await item.locator('.bl-backpack-history summary').click();
  await expect(item.locator('[data-testid="backpack-history"] li')).toHaveCount(2);
  await expect.poll(() => defaultBadgeText(context)).toBe('!');
  await shot(backpack, 'backpack-revoked');

  // Export, then import into a fresh profile: the same badge with its history.
  const [download] = await Promise.all([backpack.waitForEvent('download'), backpack.locator('[data-testid="backpack-export"]').click()]);
  const zipPath = resolve('test-results', 'backpack-export.zip');
  await download.saveAs(zipPath);
  expect(readFileSync(zipPath).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

  const fresh = await launchDemoBrowser({
    port: demo.port,
    hosts: demo.hosts,
    headless: true,
    extensionDir: resolve(process.env.BADGE_LENS_EXTENSION_DIR ?? '.output/chrome-mv3-e2e'),
  });
  try {
    const other = await openBackpack(fresh.context);
    await expect(other.locator('[data-testid="backpack-status"]')).toHaveText('0 badges');
    await other.locator('[data-testid="backpack-import"]').setInputFiles(zipPath);
    await expect(other.locator('[data-testid="backpack-add-report"]')).toContainText('1 added, 0 already in your backpack');
    const imported = other.locator('[data-testid="backpack-item"]');
    await expect(imported).toHaveCount(1);
    await expect(imported).toHaveAttribute('data-status', 'revoked');
    await expect(imported).toHaveAttribute('data-id', (await item.getAttribute('data-id')) ?? 'missing');
  } finally {
    await fresh.close();
  }

  // Delete one, and the backpack is empty again.
  await item.locator('[data-testid="backpack-delete"]').click();
  await expect(backpack.locator('[data-testid="backpack-item"]')).toHaveCount(0);
  demo.setRevoked(ASSERTION, false);

  // The page overlay's card saves too.
  await page.bringToFront();
  await page.locator('[data-badge-lens-status="verified"] button').first().click();
  const overlayCard = page.locator('[data-testid="overlay-card"]');
  await overlayCard.locator('[data-testid="save-to-backpack"]').first().click();
  await expect(overlayCard.locator('[data-testid="save-outcome"]').first()).toHaveText('Saved to your backpack');
  await backpack.reload();
  await expect(backpack.locator('[data-testid="backpack-item"]')).toHaveCount(1);
});

test('the backpack page: a pasted link is added, a damaged entry is shown as such beside it, no serious axe violation in light or dark with the preview open', async ({
  context,
  shot,
}) => {
  test.setTimeout(90_000);
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
  type Local = { storage: { local: { set(items: object): Promise<void> } } };
  await worker.evaluate(
    (key) => (globalThis as unknown as { chrome: Local }).chrome.storage.local.set({ [key]: { id: 'not this', history: 'garbage' } }),
    `backpack:${'e'.repeat(64)}`,
  );

  const backpack = await openBackpack(context);
  await expect(backpack.locator('[data-testid="backpack-item"][data-status="corrupt"]')).toContainText(
    'This badge cannot be shown: its stored record is damaged',
  );
  await backpack.locator('[data-testid="backpack-paste"]').fill(ASSERTION);
  await backpack.locator('[data-testid="backpack-paste-add"]').click();
  await expect(backpack.locator('[data-testid="backpack-add-report"]')).toContainText('1 added');
  const item = backpack.locator('[data-testid="backpack-item"][data-format="ob2-hosted"]');
  await expect(item).toHaveAttribute('data-status', 'verified');
  await expect(backpack.locator('[data-testid="backpack-item"]')).toHaveCount(2);

  // A platform's export: a JSON array of credentials, each kept on its own; what is not a badge is named.
  const report = backpack.locator('[data-testid="backpack-add-report"]');
  await backpack
    .locator('[data-testid="backpack-import"]')
    .setInputFiles(resolve('tests/fixtures/exports/credential-array-signed-jwt-and-not-a-badge.json'));
  await expect(report).toContainText('3 added, 0 already in your backpack');
  await expect(report).toContainText('credential-array-signed-jwt-and-not-a-badge.json, item 4: it is not a badge');
  await expect(backpack.locator('[data-testid="backpack-item"]')).toHaveCount(5);
  await expect(backpack.locator('[data-testid="backpack-item"][data-format="ob3-di"]')).toHaveCount(1);
  await expect(backpack.locator('[data-testid="backpack-item"][data-format="ob3-jwt"]')).toHaveCount(1);
  await shot(backpack, 'backpack-imported-export');

  // A file past what one import takes ends as a message, before it is read.
  await backpack
    .locator('[data-testid="backpack-import"]')
    .setInputFiles({ name: 'huge.zip', mimeType: 'application/zip', buffer: Buffer.alloc(9_500_000) });
  await expect(report).toContainText('huge.zip: it is 9.5 MB, larger than the 9 MB one import takes');
  await expect(backpack.locator('[data-testid="backpack-item"]')).toHaveCount(5);

  await item.locator('[data-testid="open-preview"]').click();
  await item.locator('[data-testid="preview-cv"] .bl-overlay-chip').click();
  await expect(item.locator('[data-testid="preview-cv"] [data-testid="overlay-card"]')).toBeVisible();
  for (const colorScheme of COLOR_SCHEMES) {
    await backpack.emulateMedia({ colorScheme });
    expect((await runAxe(backpack)).blocking, `backpack, ${colorScheme}`).toEqual([]);
  }
  await shot(backpack, 'backpack-dark');
});
