import { TEST_HOST, expect, expectScannedAndEmpty, test } from './fixtures';

for (const [name, url] of [
  ['a page of pictures and links', `${TEST_HOST}/empty.html`],
  ['the demo blog', 'https://www.example-blog.net/'],
] as const) {
  test(`no badges on ${name}: the popup shows the empty state and the page no chip`, async ({ page, openPopup, waitForSettled, shot }) => {
    await page.goto(url);
    const popup = await openPopup(url);
    const { rows } = await waitForSettled(popup, { quietMs: 2000 });
    expect(rows).toHaveLength(0);
    await expectScannedAndEmpty(popup);
    await expect(page.locator('[data-badge-lens-status]')).toHaveCount(0);
    const slug = name.includes('blog') ? 'blog' : 'empty';
    await shot(page, `${slug}-page`);
    await shot(popup, `${slug}-popup`);
  });
}
