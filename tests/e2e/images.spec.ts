import { fixture } from '../../scripts/demo/expected';
import { TEST_HOST, chipStatuses, expect, test, verdicts } from './fixtures';

const PAGE = `${TEST_HOST}/images.html`;
/** Each test case's section id and the badge it shows. */
const CASES: Array<[string, string]> = [
  ['img-hosted-valid', 'hosted-valid.png'],
  ['picture-signed-es256', 'signed-es256.png'],
  ['object-hosted-valid-svg', 'hosted-valid.svg'],
  ['css-signed-valid', 'signed-valid.png'],
  ['img-signed-revoked', 'signed-revoked.png'],
  ['img-hosted-gone', 'hosted-gone-410.png'],
  ['img-hosted-expired', 'hosted-expired.png'],
  ['img-signed-tampered', 'signed-tampered.png'],
  ['img-hosted-server-error', 'hosted-server-error.png'],
];

test('baked images in <img>, <picture>, <object> and CSS backgrounds get the verdicts the fixtures call for', async ({
  context,
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  await page.goto(PAGE);
  const expected = CASES.map(([, file]) => fixture(file));
  const popup = await openPopup(PAGE);
  const { rows, settled } = await waitForSettled(popup, { minRows: expected.length });
  expect(settled, 'the popup still shows pending items').toBe(true);
  expect(verdicts(rows)).toEqual(verdicts(expected));
  await shot(popup, 'images-popup');

  // The toolbar badge counts the tab's credentials.
  const tabId = Number(new URL(popup.url()).searchParams.get('tabId'));
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
  type Action = { action: { getBadgeText(details: { tabId: number }): Promise<string> } };
  await expect
    .poll(() => worker.evaluate((id) => (globalThis as unknown as { chrome: Action }).chrome.action.getBadgeText({ tabId: id }), tabId))
    .toBe(String(expected.length));

  // One chip beside each badge, with the badge's own verdict; none beside the plain PNG or the photo.
  await expect.poll(async () => (await chipStatuses(page)).length).toBe(expected.length);
  for (const [id, file] of CASES) {
    await expect(page.locator(`#${id} [data-badge-lens-status]`), `chip for ${file}`).toHaveAttribute(
      'data-badge-lens-status',
      fixture(file).status,
    );
  }
  await expect(page.locator('#img-not-a-badge [data-badge-lens-status], #img-photo [data-badge-lens-status]')).toHaveCount(0);
  await shot(page, 'images-page');

  // The e2e build opens the overlay's shadow root: a chip opens its card.
  await page.locator('#img-signed-revoked [data-badge-lens-status] button').first().click();
  const card = page.locator('[data-testid="overlay-card"]');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Data Science Foundations');
  await shot(page, 'images-card', { fullPage: false });
  await page.keyboard.press('Escape');

  // A row in the popup opens the same card.
  await popup.locator('[data-testid="badge-result"][data-status="invalid"] button').first().click();
  await shot(popup, 'images-popup-card');
});
