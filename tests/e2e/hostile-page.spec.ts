import type { Page } from '@playwright/test';
import { fixture } from '../../scripts/demo/expected';
import { TRUNCATION_MARKER } from '../../lib/protocol/limits';
import type { TabState } from '../../lib/protocol/schemas';
import { TEST_HOST, expect, test, verdicts } from './fixtures';

/** The tab state the popup is showing, straight from the background. */
async function tabState(popup: Page): Promise<TabState> {
  const tabId = Number(new URL(popup.url()).searchParams.get('tabId'));
  type Runtime = { runtime: { sendMessage(message: object): Promise<{ ok: boolean; tab: TabState }> } };
  const reply = await popup.evaluate(
    (id) => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage({ type: 'get-tab', tabId: id }),
    tabId,
  );
  expect(reply.ok).toBe(true);
  return reply.tab;
}

test('a 9,000-character page URL still shows its badges in the popup', async ({ page, openPopup, waitForSettled, shot }) => {
  const url = `${TEST_HOST}/hostile-long-url.html?q=${'a'.repeat(9000)}`;
  await page.goto(url);
  const popup = await openPopup(url);
  const { rows, settled } = await waitForSettled(popup, { minRows: 1 });
  expect(settled).toBe(true);
  expect(verdicts(rows)).toEqual(verdicts([fixture('hosted-valid.png')]));
  await expect(popup.locator('[data-testid="background-unreachable"]')).toHaveCount(0);
  await expect(popup.locator('.bl-popup-page')).toHaveText(/test\.example\.net/);
  expect((await tabState(popup)).pageUrl).toMatch(/… \[truncated\]$/);
  await shot(popup, 'hostile-long-url-popup');
});

test('a JWS header with a 25,000-character alg gives a result with a truncated detail, not an empty popup', async ({
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  const url = `${TEST_HOST}/hostile-long-alg.html`;
  await page.goto(url);
  const popup = await openPopup(url);
  const { rows, settled } = await waitForSettled(popup, { minRows: 1 });
  expect(settled).toBe(true);
  expect(rows).toHaveLength(1);
  expect(rows[0]?.format).toBe('ob3-jwt');
  expect(['unverifiable', 'invalid']).toContain(rows[0]?.status);

  const details = (await tabState(popup)).items.flatMap((item) =>
    item.results.flatMap((result) => result.checks.map((check) => check.detail ?? '')),
  );
  const cut = details.filter((detail) => detail.endsWith(TRUNCATION_MARKER));
  expect(cut).toHaveLength(1);
  expect(cut[0]).toMatch(/^JWS algorithm AAAA/);
  expect(cut[0]?.length).toBeLessThanOrEqual(20_000);

  await popup.locator('[data-testid="badge-result"] .bl-row-button').first().click();
  await expect(popup.locator('[data-testid="badge-result"] .bl-row-card')).toBeVisible();
  await shot(popup, 'hostile-long-alg-popup');
  const algCheck = popup.locator('[data-code="proof.alg-unsupported"]');
  await algCheck.locator('summary').click();
  await expect(algCheck).toContainText(TRUNCATION_MARKER);
  await algCheck.locator('summary').click();
});

test('a 1.5 MB inline credential gets a plain result and the badge beside it is still verified', async ({
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  const url = `${TEST_HOST}/hostile-big-inline.html`;
  await page.goto(url);
  const popup = await openPopup(url);
  const { rows, settled } = await waitForSettled(popup, { minRows: 2 });
  expect(settled).toBe(true);
  expect(verdicts(rows)).toEqual(verdicts([fixture('hosted-valid.png'), { status: 'unverifiable', format: 'unknown' }]));

  const big = popup.locator('[data-testid="badge-result"][data-status="unverifiable"]');
  await big.locator('.bl-row-button').click();
  await expect(big).toContainText("Too large to check here; verify it from the popup's file area.");
  await shot(popup, 'hostile-big-inline-popup');
});

test('300 invisible 1-pixel images do not crowd out the visible forged badge, and the popup says what was left out', async ({
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  const url = `${TEST_HOST}/hostile-hidden-images.html`;
  await page.goto(url);
  const popup = await openPopup(url);
  const { rows, settled } = await waitForSettled(popup, { minRows: 1, timeoutMs: 60_000 });
  expect(settled).toBe(true);
  expect(verdicts(rows)).toEqual(verdicts([fixture('signed-tampered.png')]));
  expect(fixture('signed-tampered.png').status).toBe('invalid');

  const notChecked = popup.locator('[data-testid="not-checked"]');
  await expect(notChecked).toHaveText(/^1 more not checked/);
  const tab = await tabState(popup);
  expect(tab.items).toHaveLength(300);
  expect(tab.notChecked).toBe(1);
  expect(tab.items[0]?.candidate).toEqual({ kind: 'image', url: `${TEST_HOST}/badges/signed-tampered.png` });

  // The forged badge's chip is drawn on the page too.
  await expect(page.locator('#forged [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'invalid');
  await shot(popup, 'hostile-hidden-images-popup');
  await shot(page, 'hostile-hidden-images-page', { fullPage: false });
});
