import { CREDLY } from '../../scripts/demo/world';
import { TEST_HOST, expect, test, verdicts } from './fixtures';

const PAGE = `${TEST_HOST}/badge-hosts.html`;

test('badge hosts found on CVs: a Credly earner share link and a Moodle badge page verify, Coursera and Microsoft Learn say "Link only"', async ({
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  await page.goto(PAGE);
  const popup = await openPopup(PAGE);
  const { rows, settled } = await waitForSettled(popup, { minRows: 4 });
  expect(settled).toBe(true);
  expect(verdicts(rows)).toEqual(
    verdicts([
      CREDLY.graceAgile,
      { status: 'verified', format: 'ob2-hosted' },
      { status: 'unverifiable', format: 'unknown' },
      { status: 'unverifiable', format: 'unknown' },
    ]),
  );
  expect(rows.map((r) => r.name)).toContain('Moodle Course Completion: Statistics 101');

  await expect(page.locator('#credly-share [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'verified');
  await expect(page.locator('#moodle [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'verified');
  for (const id of ['coursera', 'ms-learn']) {
    const chip = page.locator(`#${id} [data-badge-lens-status] button`).first();
    await expect(chip).toHaveAttribute('data-status', 'unverifiable');
    await expect(chip).toContainText('Link only');
    await expect(chip).toHaveAttribute('aria-label', /^Badge Lens: Link only — /);
  }
  await shot(page, 'badge-hosts-page');
});
