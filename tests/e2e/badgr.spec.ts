import { ACCREDIBLE, BADGR_BADGES } from '../../scripts/demo/world';
import { TEST_HOST, expect, test, verdicts } from './fixtures';

const PAGE = `${TEST_HOST}/badgr.html`;

test("Badgr embeds and links are verified from Badgr's JSON; Accredible links are shown as unverifiable", async ({
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  await page.goto(PAGE);
  const expected = [BADGR_BADGES.adaOpenSource, BADGR_BADGES.graceCompilers, ACCREDIBLE.adaProjectManagement];
  const popup = await openPopup(PAGE);
  const { rows, settled } = await waitForSettled(popup, { minRows: expected.length, quietMs: 1500 });
  expect(settled).toBe(true);
  expect(verdicts(rows)).toEqual(verdicts(expected));

  // The embed's image is not baked: the blockquote is one badge with one chip.
  await expect(page.locator('#badgr-embed [data-badge-lens-status]')).toHaveCount(1);
  await expect(page.locator('#badgr-embed [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'verified');
  await expect(page.locator('#badgr-link [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'verified');
  await expect(page.locator('#accredible-link [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'unverifiable');
  await shot(page, 'badgr-page');
  await shot(popup, 'badgr-popup');
});
