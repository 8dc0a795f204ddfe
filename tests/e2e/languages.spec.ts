import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { runAxe } from './a11y';
import { TEST_HOST, expect, test } from './fixtures';

const PAGE = `${TEST_HOST}/embedded.html`;
const messages = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

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

test('Arabic mirrors the options page, the popup and a card (dir=rtl, icons on the right); French does not', async ({ context, extensionId, page, openPopup, waitForSettled, shot }) => {
  test.setTimeout(90_000);
  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('[data-testid="opt-language"] option')).toHaveText(['Same as the browser', 'English', 'Deutsch', 'Español', 'Français', 'العربية']);
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
  await expect(popup.locator('[data-testid="badge-result"][data-status="invalid"] .bl-row-status').first()).toHaveText(messages('ar').status_invalid!.message);
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
  const overflowing = await card.evaluate((el) => [...el.querySelectorAll<HTMLElement>('*')].filter((node) => node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX === 'hidden').map((node) => node.className));
  expect(overflowing).toEqual([]);
  expect((await runAxe(popup)).blocking, 'Arabic popup with a card open').toEqual([]);
  await shot(popup, 'popup-ar');
  await card.screenshot({ path: 'test-results/screenshots/card-ar.png' });

  await chooseLanguage(options, 'fr');
  await expect(options.locator('html')).toHaveAttribute('dir', 'ltr');
  await popup.reload();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(popup.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(popup.locator('[data-testid="badge-result"][data-status="invalid"] .bl-row-status').first()).toHaveText(messages('fr').status_invalid!.message);
  const fr = await rowEdges(popup);
  expect(fr.status.x + fr.status.width, 'status icon and word left of the text').toBeLessThan(fr.text.x + 1);
  await popup.locator('[data-testid="badge-result"][data-status="invalid"] button').first().click();
  await expect(card).toBeVisible();
  expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  await shot(popup, 'popup-fr');
  await card.screenshot({ path: 'test-results/screenshots/card-fr.png' });
});
