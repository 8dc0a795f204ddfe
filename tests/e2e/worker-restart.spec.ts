import { fixture } from '../../scripts/demo/expected';
import { TEST_HOST, expect, test, verdicts } from './fixtures';

const PAGE = `${TEST_HOST}/restart.html`;

test('a service-worker restart in the middle of a page loses nothing: pending badges are checked again', async ({
  page,
  openPopup,
  waitForSettled,
  demo,
}) => {
  test.setTimeout(60_000);
  const before = demo.requests().length;
  await page.goto(PAGE);
  const popup = await openPopup(PAGE);
  // The signed badge is done in a moment; the other waits on an issuer that never answers.
  await expect(popup.locator('[data-testid="badge-result"]')).toHaveCount(1);
  await expect(popup.locator('[data-testid="badge-pending"]')).toHaveCount(1);

  const cdp = await page.context().newCDPSession(popup);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  const expected = [fixture('hosted-timeout.png'), fixture('signed-valid.png')];
  const { rows, settled } = await waitForSettled(popup, { minRows: expected.length, timeoutMs: 40_000 });
  // Should it not settle, say what was left: the rows, what is still pending, and what the issuers were asked.
  const pendingLeft = await popup.locator('[data-testid="badge-pending"]').count();
  const asked = demo
    .requests()
    .slice(before)
    .map((r) => `${r.url} ${r.status}`);
  expect(settled, `rows ${JSON.stringify(rows)}; ${pendingLeft} pending; requests: ${asked.join(', ')}`).toBe(true);
  expect(verdicts(rows)).toEqual(verdicts(expected));
  await expect(page.locator('[data-badge-lens-status]')).toHaveCount(2);
});
