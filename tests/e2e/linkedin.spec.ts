import { demoPages } from '../../scripts/demo/expected';
import { chipStatuses, expect, test, verdicts, waitForCount } from './fixtures';

const pages = Object.fromEntries(demoPages().map((p) => [p.id, p]));
const ada = pages['linkedin-ada']!;
const grace = pages['linkedin-grace']!;
const CERTS = '#licenses_and_certifications li';

test("LinkedIn-like profile: late and lazy certifications are found, and in-page navigation shows only the new profile's badges", async ({
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  await page.goto(ada.url);
  await waitForCount(page, CERTS, ada.readyWhen!.count);
  const popup = await openPopup(ada.url);
  let state = await waitForSettled(popup, { minRows: ada.expected.length, quietMs: 1500 });
  expect(state.settled).toBe(true);
  expect(verdicts(state.rows)).toEqual(verdicts(ada.expected));
  await expect.poll(async () => (await chipStatuses(page)).sort()).toEqual(ada.expected.map((e) => e.status).sort());
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'linkedin-ada-page');
  await shot(popup, 'linkedin-ada-popup');

  // history.pushState to another profile: the popup forgets Ada's badges.
  await page.getByText(grace.via!.click, { exact: true }).click();
  await page.waitForURL(grace.url);
  await waitForCount(page, CERTS, grace.readyWhen!.count);
  const gracePopup = await openPopup(grace.url);
  state = await waitForSettled(gracePopup, { minRows: grace.expected.length, quietMs: 1500 });
  expect(state.settled).toBe(true);
  expect(verdicts(state.rows)).toEqual(verdicts(grace.expected));
  await expect.poll(async () => (await chipStatuses(page)).sort()).toEqual(grace.expected.map((e) => e.status).sort());
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'linkedin-grace-page');
  await shot(gracePopup, 'linkedin-grace-popup');

  // Back to Ada: her badges again, once each.
  await page.goBack();
  await page.waitForURL(ada.url);
  await waitForCount(page, CERTS, ada.readyWhen!.count);
  const backPopup = await openPopup(ada.url);
  state = await waitForSettled(backPopup, { minRows: ada.expected.length, quietMs: 1500 });
  expect(verdicts(state.rows)).toEqual(verdicts(ada.expected));
  await expect.poll(async () => (await chipStatuses(page)).length).toBe(ada.expected.length);
});
