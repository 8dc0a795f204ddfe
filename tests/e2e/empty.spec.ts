import { TEST_HOST, expect, test } from './fixtures';

for (const [name, url] of [
  ['a page of pictures and links', `${TEST_HOST}/empty.html`],
  ['the demo blog', 'https://www.example-blog.net/'],
] as const) {
  test(`no badges on ${name}: the popup shows the empty state and the page no chip`, async ({ page, openPopup, waitForSettled, shot }) => {
    await page.goto(url);
    const popup = await openPopup(url);
    const { rows } = await waitForSettled(popup, { quietMs: 2000 });
    expect(rows).toHaveLength(0);
    await expect(popup.locator('[data-testid="empty-state"]')).toBeVisible();
    await expect(popup.locator('[data-testid="badge-result"]')).toHaveCount(0);
    // Scanned and empty: not the hint a page that was never scanned gets.
    await expect(popup.locator('.bl-empty .bl-muted')).toHaveCount(0);
    await expect(page.locator('[data-badge-lens-status]')).toHaveCount(0);
    const slug = name.includes('blog') ? 'blog' : 'empty';
    await shot(page, `${slug}-page`);
    await shot(popup, `${slug}-popup`);
  });
}
