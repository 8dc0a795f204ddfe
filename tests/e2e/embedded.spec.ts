import { fixture } from '../../scripts/demo/expected';
import { TEST_HOST, expect, test, verdicts } from './fixtures';

const PAGE = `${TEST_HOST}/embedded.html`;

test('JSON-LD and JWT scripts and links to credential files are verified; other JSON-LD and links are not badges', async ({
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  await page.goto(PAGE);
  const expected = [
    // The JSON-LD script holds the hosted assertion that hosted-allowed-origin.png points at.
    fixture('hosted-allowed-origin.png'),
    fixture('signed-valid.jws'),
    fixture('signed-valid.jws'),
    fixture('signed-json-without-jws.json'),
  ];
  const popup = await openPopup(PAGE);
  const { rows, settled } = await waitForSettled(popup, { minRows: expected.length });
  expect(settled).toBe(true);
  expect(verdicts(rows)).toEqual(verdicts(expected));
  expect(rows.map((r) => r.name)).toContain('Cloud Practitioner');

  await expect(page.locator('#link-jws [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'verified');
  await expect(page.locator('#link-json [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'invalid');
  await expect(page.locator('#plain-links [data-badge-lens-status]')).toHaveCount(0);
  await shot(page, 'embedded-page');
  await shot(popup, 'embedded-popup');
});
