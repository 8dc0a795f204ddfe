import { TEST_HOST, expect, test } from './fixtures';

const PAGE = `${TEST_HOST}/embedded.html`;

test('the options page opens with its settings, and turning scanning off (everywhere, then for one site) is obeyed', async ({
  context,
  extensionId,
  page,
  openPopup,
  shot,
}) => {
  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const autoScan = options.locator('[data-testid="opt-auto-scan"]');
  await expect(autoScan).toBeChecked();
  await expect(options.locator('[data-testid="opt-local-network"]')).not.toBeChecked();
  await shot(options, 'options');

  const expectNotScanned = async () => {
    await page.goto(PAGE);
    await page.waitForTimeout(1500);
    await expect(page.locator('[data-badge-lens-status]')).toHaveCount(0);
    const popup = await openPopup(PAGE);
    await expect(popup.locator('[data-testid="empty-state"]')).toBeVisible();
    await expect(popup.locator('[data-testid="badge-result"]')).toHaveCount(0);
    await popup.close();
  };

  await autoScan.uncheck();
  await expect(options.locator('[data-testid="save-status"]')).toContainText(/saved/i);
  await expectNotScanned();

  await autoScan.check();
  await options.locator('[data-testid="opt-site-input"]').fill('test.example.net');
  await options.locator('[data-testid="opt-site-add"]').click();
  await expect(options.locator('[data-testid="opt-sites"]')).toContainText('test.example.net');
  await expectNotScanned();

  await options.locator('[data-testid="opt-sites"] button').first().click();
  await expect(options.locator('[data-testid="opt-sites"]')).toHaveCount(0);
  await page.goto(PAGE);
  await expect(page.locator('[data-badge-lens-status]').first()).toBeVisible({ timeout: 15_000 });
});
