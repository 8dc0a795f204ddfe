import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchDemoBrowser } from '../../scripts/demo/browser';
import { runAxe } from './a11y';
import { TEST_HOST, expect, extensionDir, SCREENSHOTS, test } from './fixtures';

const PAGE = `${TEST_HOST}/embedded.html`;
const messages = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

async function chooseLanguage(options: Page, lang: string) {
  await options.locator('[data-testid="opt-language"]').selectOption(lang);
  await expect(options.locator('html')).toHaveAttribute('lang', lang);
}

/** Left edges of a row's status (icon and word) and of its text: where the icon sits in the row. */
async function rowEdges(popup: Page) {
  const row = popup.locator('[data-testid="badge-result"][data-status="invalid"]').first();
  const status = (await row.locator('.bl-row-status').boundingBox())!;
  const text = (await row.locator('.bl-row-text').boundingBox())!;
  return { status, text };
}

test('Arabic mirrors the options page, the popup and a card (dir=rtl, icons on the right); French does not', async ({
  context,
  extensionId,
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  test.setTimeout(90_000);
  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('[data-testid="opt-language"] option')).toHaveText([
    'Same as the browser',
    'English',
    'Deutsch',
    'Español',
    'Français',
    'العربية',
  ]);
  await chooseLanguage(options, 'ar');
  await expect(options.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(options.locator('h1')).toHaveText(messages('ar').options_title!.message);
  await shot(options, 'options-ar');

  await page.goto(PAGE);
  const popup = await openPopup(PAGE);
  await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
  const { settled } = await waitForSettled(popup, { minRows: 4 });
  expect(settled).toBe(true);
  await expect(popup.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(popup.locator('[data-testid="badge-result"][data-status="invalid"] .bl-row-status').first()).toHaveText(
    messages('ar').status_invalid!.message,
  );
  const ar = await rowEdges(popup);
  expect(ar.status.x, 'status icon and word right of the text').toBeGreaterThan(ar.text.x + ar.text.width - 1);

  await popup.locator('[data-testid="badge-result"][data-status="invalid"] button').first().click();
  const card = popup.locator('[data-testid="badge-result"][data-status="invalid"] .bl-row-card').first();
  await expect(card).toBeVisible();
  expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  const check = card.locator('.bl-check').first();
  const icon = (await check.locator('.bl-icon').first().boundingBox())!;
  const text = (await check.locator('.bl-check-text').boundingBox())!;
  expect(icon.x, 'check icon right of its words').toBeGreaterThan(text.x + text.width - 1);
  // Nothing clipped: no text wider than the card it is in.
  const overflowing = await card.evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('*')]
      .filter((node) => node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX === 'hidden')
      .map((node) => node.className),
  );
  expect(overflowing).toEqual([]);
  expect((await runAxe(popup)).blocking, 'Arabic popup with a card open').toEqual([]);
  await shot(popup, 'popup-ar');
  await card.screenshot({ path: `${SCREENSHOTS}/card-ar.png` });

  await chooseLanguage(options, 'fr');
  await expect(options.locator('html')).toHaveAttribute('dir', 'ltr');
  await popup.reload();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(popup.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(popup.locator('[data-testid="badge-result"][data-status="invalid"] .bl-row-status').first()).toHaveText(
    messages('fr').status_invalid!.message,
  );
  const fr = await rowEdges(popup);
  expect(fr.status.x + fr.status.width, 'status icon and word left of the text').toBeLessThan(fr.text.x + 1);
  await popup.locator('[data-testid="badge-result"][data-status="invalid"] button').first().click();
  await expect(card).toBeVisible();
  expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  await shot(popup, 'popup-fr');
  await card.screenshot({ path: `${SCREENSHOTS}/card-fr.png` });
});

test('in an Arabic browser the overlay speaks Arabic right to left; on a right-to-left page chips sit at the inline end (left) of their badges', async ({
  demo,
  shot,
}) => {
  test.setTimeout(90_000);
  const browser = await launchDemoBrowser({
    port: demo.port,
    hosts: demo.hosts,
    headless: true,
    extensionDir: extensionDir(),
    extraArgs: ['--lang=ar'],
  });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${TEST_HOST}/rtl.html`);
    const chip = page.locator('#valid badge-lens-chip');
    await expect(chip).toHaveAttribute('data-badge-lens-status', 'verified', { timeout: 30_000 });
    await expect(page.locator('#tampered badge-lens-chip')).toHaveAttribute('data-badge-lens-status', 'invalid', { timeout: 30_000 });
    await expect(page.locator('#corner badge-lens-chip')).toHaveAttribute('data-badge-lens-status', 'expired', { timeout: 30_000 });
    const button = chip.locator('button');
    await expect(button).toContainText(messages('ar').status_verified!.message);
    expect(await chip.evaluate((host) => host.shadowRoot!.querySelector('.bl-chip-root')!.getAttribute('dir'))).toBe('rtl');

    const image = (await page.locator('#valid img').boundingBox())!;
    const beside = (await button.boundingBox())!;
    expect(beside.x + beside.width, 'chip left of its badge').toBeLessThanOrEqual(image.x + 1);
    // No room beside it: over the badge's bottom-left corner, inside the clipping box.
    const cornerImage = (await page.locator('#corner img').boundingBox())!;
    const corner = (await page.locator('#corner badge-lens-chip button').boundingBox())!;
    expect(corner.x, 'corner chip at the left edge').toBeGreaterThanOrEqual(cornerImage.x);
    expect(corner.x + corner.width, 'corner chip in the left half').toBeLessThan(cornerImage.x + cornerImage.width / 2 + 1);
    expect(corner.y + corner.height).toBeLessThanOrEqual(cornerImage.y + cornerImage.height + 1);

    await button.click();
    const card = page.locator('badge-lens-card [role="dialog"]');
    await expect(card).toBeVisible();
    expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await expect(card).toContainText(messages('ar').card_checks!.message);
    const box = (await card.boundingBox())!;
    expect(Math.abs(box.x + box.width - (beside.x + beside.width)), "card's right edge lined up with its chip's").toBeLessThan(24);
    await shot(page, 'overlay-ar', { fullPage: false });
  } finally {
    await browser.close();
  }
});
