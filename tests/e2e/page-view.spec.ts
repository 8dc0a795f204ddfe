import { TEST_HOST, expect, expectScannedAndEmpty, test, waitForCount } from './fixtures';

test('a page without badges tells the worker nothing, so a stopped worker stays stopped', async ({ page, context, extensionId }) => {
  const cdp = await context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions)
      if (version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) statuses.push(version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  // The worker of a new profile is still starting; stopped before it runs, it would run all the same.
  await expect.poll(() => statuses.at(-1), { timeout: 10_000 }).toBe('running');
  await page.waitForTimeout(500);
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.at(-1), { timeout: 5000 }).toBe('stopped');
  statuses.length = 0;
  await page.goto(`${TEST_HOST}/plain.html`);
  await page.waitForTimeout(1500);
  expect(statuses).toEqual([]);
  // A page with a badge wakes it, as it must.
  await page.goto('https://cv.example.net/');
  await waitForCount(page, '[data-badge-lens-status]', 1);
  expect(statuses).toContain('running');
});

test('after a page with badges, a page without any reads as scanned and empty, in the popup and the toolbar', async ({
  page,
  context,
  openPopup,
  waitForSettled,
}) => {
  await page.goto('https://cv.example.net/');
  await waitForCount(page, '[data-badge-lens-status]', 1);
  const plain = `${TEST_HOST}/plain.html`;
  await page.goto(plain);
  await page.waitForTimeout(500);
  const popup = await openPopup(plain);
  const { rows } = await waitForSettled(popup, { quietMs: 1000 });
  expect(rows).toHaveLength(0);
  await expectScannedAndEmpty(popup);
  // The popup's tab (its `tabId`), as the toolbar knows it.
  const tabId = Number(new URL(popup.url()).searchParams.get('tabId'));
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
  type Action = { action: { getBadgeText(details: { tabId: number }): Promise<string> } };
  const badgeText = await worker.evaluate(
    (id) => (globalThis as unknown as { chrome: Action }).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
  expect(badgeText).toBe('');
});
