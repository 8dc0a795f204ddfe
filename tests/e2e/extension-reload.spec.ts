import { TEST_HOST, expect, test } from './fixtures';

const PAGE = `${TEST_HOST}/embedded.html`;

test('after the extension is reloaded, the copy left in an open page stops: its chips go and page changes are no longer scanned', async ({
  page,
  context,
}) => {
  await page.goto(PAGE);
  await expect(page.locator('[data-badge-lens-status]').first()).toBeVisible();
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  expect(worker).toBeDefined();
  // The worker goes away with the reload, so its answer may never come.
  await worker!
    .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
    .catch(() => undefined);
  // The orphaned script asks for `runtime.id` at most once a second, before a scan: a page change starts one.
  await page.waitForTimeout(1200);
  await page.evaluate(() => {
    const more = document.createElement('p');
    more.innerHTML = '<a href="/credentials/late.json">late</a>';
    document.body.append(more);
  });
  await expect(page.locator('[data-badge-lens-status]')).toHaveCount(0);
});
