import { expect, test } from './fixtures';

test('the language list comes from LANGS, named in each language, and choosing one switches the page and survives a reload', async ({
  context,
  extensionId,
  shot,
}) => {
  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const select = options.locator('[data-testid="opt-language"]');
  await expect(select.locator('option')).toHaveText(['Same as the browser', 'English', 'Deutsch', 'Español', 'Français', 'العربية']);
  await select.selectOption('de');
  await expect(options.locator('h1')).toHaveText(/Einstellungen/);
  await expect(select.locator('option')).toHaveText([/Browser/, 'English', 'Deutsch', 'Español', 'Français', 'العربية']);
  await shot(options, 'options-de');
  await options.reload();
  await expect(options.locator('h1')).toHaveText(/Einstellungen/);
  await select.selectOption('auto');
  await expect(options.locator('h1')).toHaveText('Badge Lens settings');
});
