import { CREDLY } from '../../scripts/demo/world';
import { TEST_HOST, expect, test, verdicts } from './fixtures';

const PAGE = `${TEST_HOST}/credly.html`;

test("a Credly embed and a Credly link resolve to Credly's Open Badges data, once each", async ({
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  await page.goto(PAGE);
  // Credly's embed.js replaces the div with an iframe showing the same badge: still one badge.
  await expect(page.locator('#credly-embed iframe[src*="/embedded_badge/"]')).toHaveCount(1);
  const expected = [CREDLY.adaCloudArchitect, CREDLY.adaKubernetes];
  const popup = await openPopup(PAGE);
  const { rows, settled } = await waitForSettled(popup, { minRows: expected.length, quietMs: 1500 });
  expect(settled).toBe(true);
  expect(verdicts(rows)).toEqual(verdicts(expected));
  expect(rows.map((r) => r.name).sort()).toEqual(expected.map((b) => b.name).sort());

  await expect(page.locator('#credly-embed [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'verified');
  await expect(page.locator('#credly-link [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'expired');
  await expect(page.locator('[data-badge-lens-status]')).toHaveCount(2);
  await shot(page, 'credly-page');
  await shot(popup, 'credly-popup');
});
