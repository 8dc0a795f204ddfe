import { join } from 'node:path';
import { fixture } from '../../scripts/demo/expected';
import { SCREENSHOTS, TEST_HOST, expect, test, verdicts } from './fixtures';

const PAGE = `${TEST_HOST}/lookalike.html`;

test('a look-alike issuer: popup row and card show the site that vouched and that the name is self-declared', async ({
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  await page.goto(PAGE);
  const popup = await openPopup(PAGE);
  const { rows, settled } = await waitForSettled(popup, { minRows: 1 });
  expect(settled).toBe(true);
  expect(verdicts(rows)).toEqual(verdicts([fixture('hosted-lookalike-issuer.png')]));

  // The popup row, closed: who vouched is on the row itself, not only in the card.
  const row = popup.locator('[data-testid="badge-result"][data-format="ob2-hosted"]');
  await expect(row.locator('.bl-row-issuer')).toHaveText('Harvard University — self-declared');
  await expect(row.locator('[data-testid="row-vouched-by"]')).toHaveText('vouched for by harvard-edu.example.org');
  await row.screenshot({ path: join(SCREENSHOTS, 'who-vouched-popup-row.png') });

  // Opened: the card names the vouching site, links the name there, and flags the url and logo on harvard.edu.
  await row.locator('button.bl-row-button').click();
  const card = row.locator('.bl-card');
  await expect(card.locator('.bl-card-issuer')).toContainText('Harvard University — self-declared');
  await expect(card.locator('[data-testid="vouched-by"]')).toHaveText('vouched for by harvard-edu.example.org');
  await expect(card.locator('.bl-card-issuer a')).toHaveAttribute('href', 'https://harvard-edu.example.org/');
  await expect(card).toContainText('The website the issuer names is on a different site from the one that vouched for this badge.');
  await expect(card).toContainText("The issuer's logo comes from a different site from the one that vouched for this badge.");
  await shot(popup, 'who-vouched-popup');

  // The chip on the page says who vouched, and its card (the e2e build opens the shadow root) shows the same.
  const chip = page.locator('#img-lookalike [data-badge-lens-status] button').first();
  await expect(chip).toHaveAttribute('aria-label', /vouched for by harvard-edu\.example\.org$/);
  await chip.click();
  const overlayCard = page.locator('[data-testid="overlay-card"]');
  await expect(overlayCard.locator('[data-testid="vouched-by"]')).toHaveText('vouched for by harvard-edu.example.org');
  await expect(overlayCard.locator('.bl-card-issuer')).toContainText('self-declared');
  await overlayCard.screenshot({ path: join(SCREENSHOTS, 'who-vouched-card.png') });
});
