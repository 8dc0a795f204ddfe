import { demoPages } from '../../scripts/demo/expected';
import { chipStatuses, expect, test, verdicts } from './fixtures';

const cv = demoPages().find((p) => p.id === 'cv')!;

test('the demo CV: every kind of badge, every verdict (an issuer that never answers included)', async ({
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  test.setTimeout(60_000);
  await page.goto(cv.url);
  const popup = await openPopup(cv.url);
  // hosted-timeout.png's issuer holds the request: unverifiable after the extension's 10 s timeout.
  const { rows, settled } = await waitForSettled(popup, { minRows: cv.expected.length, timeoutMs: 40_000 });
  expect(settled).toBe(true);
  expect(verdicts(rows)).toEqual(verdicts(cv.expected));

  // A chip beside every badge; one embedded in a <script> gets its chip where the script sits.
  await expect.poll(async () => (await chipStatuses(page)).sort()).toEqual(cv.expected.map((e) => e.status).sort());
  // The toolbar button: how many credentials, coloured by the worst verdict (here: invalid, red).
  const toolbar = await popup.evaluate(async () => {
    type Action = { getBadgeText(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]> };
    const chrome = (globalThis as unknown as { chrome: { action: Action } }).chrome;
    const tabId = Number(new URL(location.href).searchParams.get('tabId'));
    return { text: await chrome.action.getBadgeText({ tabId }), colour: await chrome.action.getBadgeBackgroundColor({ tabId }) };
  });
  expect(toolbar).toEqual({ text: String(cv.expected.length), colour: [0xcf, 0x22, 0x2e, 255] });
  await shot(page, 'cv-page');
  await shot(popup, 'cv-popup');
});
