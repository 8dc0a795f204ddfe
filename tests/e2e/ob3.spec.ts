import { fixture } from '../../scripts/demo/expected';
import { TEST_HOST, expect, test, verdicts } from './fixtures';

const PAGE = `${TEST_HOST}/ob3.html`;

test('Open Badges 3.0 and CLR 2.0 verify in the extension as in the CLI, canonicalized in the worker itself', async ({
  context,
  extensionId,
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  // The worker canonicalizes itself: no offscreen document is ever created.
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/popup.html`);
  type Contexts = { runtime: { getContexts(filter: object): Promise<Array<{ documentUrl?: string }>> } };
  const offscreenPages = () =>
    probe.evaluate(async () =>
      (await (globalThis as unknown as { chrome: Contexts }).chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map(
        (c) => new URL(c.documentUrl ?? '').pathname,
      ),
    );
  expect(await offscreenPages()).toEqual([]);

  await page.goto(PAGE);
  const expected = [
    fixture('ob3-rdfc.png'),
    fixture('ob3-rdfc-did-key.json'),
    fixture('ob3-ed25519signature2020.json'),
    fixture('ob3-jcs-did-web.json'),
    fixture('ob3-jwt-rs256-did-web.jwt'),
    fixture('ob3-jwt-verify.svg'),
    fixture('ob3-status-revoked.json'),
    fixture('ob3-status-suspended.json'),
    fixture('ob3-tampered-name.json'),
    fixture('clr-valid.png'),
  ];
  expect(new Set(expected.map((e) => e.format))).toEqual(new Set(['ob3-di', 'ob3-jwt', 'clr2']));
  const popup = await openPopup(PAGE);
  const { rows, settled } = await waitForSettled(popup, { minRows: expected.length });
  expect(settled).toBe(true);
  expect(verdicts(rows)).toEqual(verdicts(expected));

  expect(await offscreenPages()).toEqual([]);
  await expect(page.locator('#rdfc-png [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'verified');
  await expect(page.locator('#jwt [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'verified');
  await expect(page.locator('#suspended [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'suspended');
  await shot(page, 'ob3-page');
  await shot(popup, 'ob3-popup');
});
