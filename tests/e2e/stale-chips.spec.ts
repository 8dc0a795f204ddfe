import type { BrowserContext, Page } from '@playwright/test';
import { fixture } from '../../scripts/demo/expected';
import { TEST_HOST, expect, test, verdicts } from './fixtures';

const OTHER_HOST = 'https://other-issuer.example.org';

/**
 * The statuses of the chips Badge Lens drew under `selector`. Only the overlay's hosts have a shadow
 * root (open in the e2e build); the page's look-alikes may carry the same tag and attributes.
 */
function ourChips(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(`${selector} [data-badge-lens-status]`)
    .evaluateAll((hosts) => hosts.filter((host) => host.shadowRoot).map((host) => host.getAttribute('data-badge-lens-status') ?? ''));
}

interface StoredItem {
  candidate: { kind: string; url?: string };
  results: Array<{ source: string; status: string }>;
}

/** The tab's items as the background keeps them (storage.session), for the popup's tab. */
async function storedItems(context: BrowserContext, popup: Page): Promise<StoredItem[]> {
  const tabId = Number(new URL(popup.url()).searchParams.get('tabId'));
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
  type Head = { navigationId: string; refs: string[] };
  type Session = { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };
  // One key for the tab, one per item (entrypoints/background/tab-store-layout.ts).
  return worker.evaluate(async (id) => {
    const stored = await (globalThis as unknown as { chrome: Session }).chrome.storage.session.get(null);
    const head = stored[`tab:${id}`] as Head | undefined;
    return (head?.refs ?? []).map((ref) => stored[`tab-item:${id}:${JSON.stringify([head?.navigationId, ref])}`] as StoredItem);
  }, tabId);
}

const urlsOf = (items: StoredItem[]) => items.map((item) => item.candidate.url ?? item.candidate.kind).sort();

test('a badge the page swaps loses its chip at once; the new source gets its own verdict, and the popup agrees', async ({
  context,
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  const PAGE = `${TEST_HOST}/stale-chips.html`;
  // The expired badge loads slowly, so the <img> shows it (currentSrc) only well after its srcset changed.
  await page.route('**/badges/hosted-expired.png', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(PAGE);
  const popup = await openPopup(PAGE);
  const before = await waitForSettled(popup, { minRows: 3 });
  expect(before.settled).toBe(true);
  expect(verdicts(before.rows)).toEqual(verdicts([fixture('signed-valid.png'), fixture('hosted-valid.png'), fixture('hosted-valid.svg')]));
  for (const id of ['swap-tampered', 'swap-plain', 'swap-srcset']) await expect.poll(() => ourChips(page, `#${id}`)).toEqual(['verified']);
  await shot(page, 'stale-chips-before');

  await page.evaluate(() => {
    const image = (id: string) => document.getElementById(id) as HTMLImageElement;
    image('img-swap-tampered').src = '/badges/signed-tampered.png';
    image('img-swap-plain').src = '/badges/unbaked.png';
    image('img-swap-srcset').srcset = '/badges/hosted-expired.png 1x';
  });
  // The old verdicts go with the next scan (250 ms after the change, or when the new image has loaded).
  await expect.poll(() => ourChips(page, '#swap-tampered'), { timeout: 3000 }).not.toContain('verified');
  await expect.poll(() => ourChips(page, '#swap-plain'), { timeout: 3000 }).toEqual([]);
  await expect.poll(() => ourChips(page, '#swap-tampered')).toEqual([fixture('signed-tampered.png').status]);
  await expect
    .poll(() => page.evaluate(() => (document.getElementById('img-swap-srcset') as HTMLImageElement).currentSrc))
    .toBe(`${TEST_HOST}/badges/hosted-expired.png`);
  await expect.poll(() => ourChips(page, '#swap-srcset')).toEqual([fixture('hosted-expired.png').status]);
  expect(await ourChips(page, '#swap-plain')).toEqual([]);
  await shot(page, 'stale-chips-after');

  const after = await waitForSettled(popup, { minRows: 2, quietMs: 1500 });
  expect(after.settled).toBe(true);
  expect(verdicts(after.rows)).toEqual(verdicts([fixture('signed-tampered.png'), fixture('hosted-expired.png')]));
  expect(urlsOf(await storedItems(context, popup))).toEqual([
    `${TEST_HOST}/badges/hosted-expired.png`,
    `${TEST_HOST}/badges/signed-tampered.png`,
    `${TEST_HOST}/badges/unbaked.png`,
  ]);
  await shot(popup, 'stale-chips-popup');
});

test('relative badge URLs (img, object, link) resolve against <base href>, and an <img> is the image the browser chose', async ({
  context,
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  const PAGE = `${TEST_HOST}/base-href.html`;
  await page.goto(PAGE);
  const shown = await page.evaluate(() =>
    ['img-base-relative', 'img-base-srcset'].map((id) => (document.getElementById(id) as HTMLImageElement).currentSrc),
  );
  expect(shown).toEqual([`${OTHER_HOST}/badges/signed-valid.png`, `${OTHER_HOST}/badges/hosted-valid.png`]);

  const popup = await openPopup(PAGE);
  const { rows, settled } = await waitForSettled(popup, { minRows: 4, quietMs: 1500 });
  expect(settled).toBe(true);
  const files = ['signed-valid.png', 'hosted-valid.svg', 'ob3-jcs-did-web.json', 'hosted-valid.png'];
  expect(verdicts(rows)).toEqual(verdicts(files.map(fixture)));
  const items = await storedItems(context, popup);
  expect(items.flatMap((item) => item.results.map((r) => `${r.status} ${r.source}`)).sort()).toEqual(
    files.map((file) => `${fixture(file).status} ${OTHER_HOST}/badges/${file}`).sort(),
  );
  for (const id of ['base-relative', 'base-object', 'base-link', 'base-srcset'])
    await expect.poll(() => ourChips(page, `#${id}`)).toEqual(['verified']);
  await shot(page, 'base-href-page');
});

test('badges inside page-made elements named like the overlay’s are found and verified', async ({
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  const PAGE = `${TEST_HOST}/lookalike-elements.html`;
  await page.goto(PAGE);
  await expect(page.locator('body[data-done="true"]')).toHaveCount(1);
  const popup = await openPopup(PAGE);
  const expected = [fixture('signed-tampered.png'), fixture('ob3-expired.json'), fixture('signed-valid.png')];
  const { rows, settled } = await waitForSettled(popup, { minRows: expected.length, quietMs: 1500 });
  expect(settled).toBe(true);
  expect(verdicts(rows)).toEqual(verdicts(expected));
  await expect.poll(() => ourChips(page, '#static-lookalike')).toEqual([fixture('signed-tampered.png').status]);
  await expect.poll(() => ourChips(page, '#added-lookalike')).toEqual([fixture('ob3-expired.json').status]);
  await expect.poll(() => ourChips(page, '#styled-lookalike')).toEqual([fixture('signed-valid.png').status]);
  await shot(page, 'lookalike-page');
});
