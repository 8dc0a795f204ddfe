import { fixture } from '../../scripts/demo/expected';
import { TEST_HOST, chipStatuses, expect, test, verdicts } from './fixtures';

const PAGE = `${TEST_HOST}/inline-svg.html`;

test('inline <svg> badges are found and verified; an ordinary SVG icon is not a badge', async ({
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  await page.goto(PAGE);
  const expected = [fixture('hosted-valid.svg'), fixture('signed-valid.svg')];
  const popup = await openPopup(PAGE);
  const { rows, settled } = await waitForSettled(popup, { minRows: expected.length });
  expect(settled).toBe(true);
  expect(verdicts(rows)).toEqual(verdicts(expected));

  await expect.poll(async () => (await chipStatuses(page)).length).toBe(2);
  await expect(page.locator('#inline-hosted [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'verified');
  await expect(page.locator('#inline-signed [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'verified');
  await expect(page.locator('#inline-icon [data-badge-lens-status]')).toHaveCount(0);
  await shot(page, 'inline-svg-page');
  await shot(popup, 'inline-svg-popup');
});
