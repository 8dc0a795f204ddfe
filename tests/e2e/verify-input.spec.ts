import { readFileSync } from 'node:fs';
import { GENERATED_DIR } from '../../scripts/demo/server';
import { TEST_HOST, expect, test } from './fixtures';

test('the popup\'s "Verify a file, text or link": a learner checks a badge before sharing it', async ({ page, openPopup, shot }) => {
  await page.goto(`${TEST_HOST}/empty.html`);
  const popup = await openPopup(`${TEST_HOST}/empty.html`);
  const results = popup.locator('[data-testid="input-result"]');

  await popup.locator('[data-testid="file-input"]').setInputFiles(`${GENERATED_DIR}/badges/ob3-rdfc.png`);
  await popup.locator('[data-testid="verify-button"]').click();
  await expect(results).toHaveCount(1);
  await expect(results.first()).toHaveAttribute('data-status', 'verified');
  await expect(results.first()).toHaveAttribute('data-format', 'ob3-di');

  await popup.getByRole('button', { name: /remove/i }).click();
  await popup.locator('[data-testid="text-input"]').fill(readFileSync(`${GENERATED_DIR}/badges/signed-valid.jws`, 'utf8'));
  await popup.locator('[data-testid="recipient-input"]').fill('someone.else@example.com');
  await popup.locator('[data-testid="verify-button"]').click();
  await expect(results.first()).toHaveAttribute('data-status', 'invalid');
  await expect(results.first()).toHaveAttribute('data-format', 'ob2-signed');

  await popup.locator('[data-testid="recipient-input"]').fill('ada@example.com');
  await popup.locator('[data-testid="verify-button"]').click();
  await expect(results.first()).toHaveAttribute('data-status', 'verified');

  // The page's own list stays apart from what the learner checked.
  await expect(popup.locator('[data-testid="badge-result"]')).toHaveCount(0);
  await shot(popup, 'verify-input-popup');
});
