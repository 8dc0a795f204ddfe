import { expect, test } from './fixtures';

test('the options page opens with its settings', async ({ context, extensionId, shot }) => {
  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('[data-testid="opt-auto-scan"]')).toBeVisible();
  await expect(options.locator('[data-testid="opt-local-network"]')).not.toBeChecked();
  await shot(options, 'options');
});
