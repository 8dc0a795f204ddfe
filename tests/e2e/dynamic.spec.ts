import { fixture } from '../../scripts/demo/expected';
import { TEST_HOST, chipStatuses, expect, test, verdicts } from './fixtures';

const PAGE = `${TEST_HOST}/dynamic.html`;

test('badges added after load are picked up, and re-rendering the same badge adds no duplicate', async ({
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  await page.goto(PAGE);
  await expect(page.locator('body[data-done="true"]')).toHaveCount(1);
  const expected = [fixture('hosted-valid.png'), fixture('signed-expired.png')];
  const popup = await openPopup(PAGE);
  const { rows, settled } = await waitForSettled(popup, { minRows: expected.length, quietMs: 1500 });
  expect(settled).toBe(true);
  expect(verdicts(rows)).toEqual(verdicts(expected));

  // The re-rendered badge keeps its chip, on its new element; nothing is drawn twice.
  await expect.poll(async () => (await chipStatuses(page)).sort()).toEqual(expected.map((e) => e.status).sort());
  await expect(page.locator('#list [data-badge-lens-status]')).toHaveCount(2);
  await shot(page, 'dynamic-page');
  await shot(popup, 'dynamic-popup');
});
