import { join } from 'node:path';
import { fixture } from '../../scripts/demo/expected';
import { SCREENSHOTS, TEST_HOST, expect, test, verdicts } from './fixtures';

const PAGE = `${TEST_HOST}/recruiter.html`;

test('for recruiters: the about section, and whose credential it is against whose CV it is on', async ({ page, openPopup, waitForSettled, shot }) => {
  await page.goto(PAGE);
  const popup = await openPopup(PAGE);
  const { rows, settled } = await waitForSettled(popup, { minRows: 2 });
  expect(settled).toBe(true);
  expect(verdicts(rows)).toEqual(verdicts([fixture('ob3-recruiter-certificate.json'), fixture('ob3-recruiter-other-name.json')]));

  // The copied course: a genuine badge (verified), flagged on its row as issued to someone else.
  const other = popup.locator('[data-testid="badge-result"]', { hasText: 'SQL for Analysts' });
  await expect(other).toHaveAttribute('data-status', 'verified');
  await expect(other.locator('[data-testid="recipient-match"]')).toHaveAttribute('data-match', 'mismatch');
  await other.locator('button.bl-row-button').click();
  await expect(other.locator('.bl-card [data-testid="recipient-match"]')).toHaveText(/Issued to a different name: John Smith/);

  // Ada's certificate: no warning on the row; the card says it matches and what it is worth.
  const mine = popup.locator('[data-testid="badge-result"]', { hasText: 'Machine Learning Professional Certificate' });
  await expect(mine.locator('[data-testid="recipient-match"]')).toHaveCount(0);
  await mine.locator('button.bl-row-button').click();
  const card = mine.locator('.bl-card');
  await expect(card.locator('[data-testid="recipient-match"]')).toHaveAttribute('data-match', 'match');
  await expect(card.locator('[data-testid="recipient-match"]')).toHaveText('Issued to Ada Lovelace — matches this page');
  const about = card.locator('[data-testid="about-credential"]');
  await expect(about).toContainText('Certificate');
  await expect(about).toContainText('30 ECTS');
  await expect(about).toContainText('EQF level 6');
  await expect(about).toContainText('over 5 months');
  await expect(about).toContainText('Spring 2025');
  await expect(about.locator('[data-testid="about-skill"]')).toHaveText(['Programming (O*NET 2.B.3.e)', 'Mathematics (O*NET 2.A.1.e)', 'Data Scientists (O*NET-SOC 15-2051.00)']);
  await expect(about.locator('[data-testid="about-skill"] a').first()).toHaveAttribute('href', 'https://www.onetonline.org/find/descriptor/result/2.B.3.e');
  await expect(about).toContainText('Capstone project');
  await card.screenshot({ path: join(SCREENSHOTS, 'recruiter-card-about.png') });
  await shot(popup, 'recruiter-popup');

  // On the page: the chip of the copied course carries the warning; its card says so too.
  const chip = page.locator('#other-name [data-badge-lens-status] button').first();
  await expect(chip.locator('[data-testid="recipient-match"]')).toHaveAttribute('data-match', 'mismatch');
  await chip.click();
  const overlayCard = page.locator('[data-testid="overlay-card"]');
  await expect(overlayCard.locator('[data-testid="recipient-match"]')).toHaveAttribute('data-match', 'mismatch');
  await overlayCard.screenshot({ path: join(SCREENSHOTS, 'recruiter-overlay-mismatch.png') });
});
