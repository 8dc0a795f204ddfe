import { readFileSync } from 'node:fs';
import { STATUSES } from '../../lib/result/types';
import { demoPages } from '../../scripts/demo/expected';
import { COLOR_SCHEMES, focused, runAxe, tabbables, tabThrough } from './a11y';
import { expect, test } from './fixtures';

const cv = demoPages().find((p) => p.id === 'cv')!;
const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

/** What the live regions should say once the CV page is checked: its counts, worst first, in English. */
function expectedAnnouncement(): string {
  const counts = STATUSES.map((status) => [status, cv.expected.filter((e) => e.status === status).length] as const).filter(
    ([, n]) => n > 0,
  );
  const summary = counts.map(([status, n]) => `${english[`status_${status}`]!.message}: ${n}`).join(', ');
  return `Badge Lens has finished checking. Results on this page: ${summary}`;
}

test('the popup, the demo CV with its chips and an open card: no serious axe violation in light or dark, keyboard all the way, verdicts announced once', async ({
  page,
  openPopup,
  waitForSettled,
}) => {
  test.setTimeout(120_000);
  await page.goto(cv.url);
  const popup = await openPopup(cv.url);
  // One issuer holds its answer for the extension's 10 s timeout: the page is still being checked.
  const announcement = popup.locator('[data-testid="verdict-announcement"]');
  await expect(announcement).toHaveAttribute('aria-live', 'polite');
  await expect(announcement).toHaveText('');

  // Announced when the verdicts are in: once in the popup, once on the page (one live region there).
  // (Waited for here, not with waitForSettled: that reloads a quiet popup, and a reloaded popup that
  // finds the page already checked rightly says nothing.)
  await expect(announcement).toHaveText(expectedAnnouncement(), { timeout: 40_000 });
  await expect(page.locator('[data-testid="overlay-announcement"]')).toHaveText(expectedAnnouncement());
  await expect(page.locator('badge-lens-live')).toHaveCount(1);
  const { settled } = await waitForSettled(popup, { minRows: cv.expected.length, timeoutMs: 20_000 });
  expect(settled).toBe(true);

  for (const colorScheme of COLOR_SCHEMES) {
    await popup.emulateMedia({ colorScheme });
    expect((await runAxe(popup)).blocking, `popup, ${colorScheme}`).toEqual([]);
    await page.emulateMedia({ colorScheme });
    const onPage = await runAxe(page);
    expect(onPage.blocking, `CV page with chips, ${colorScheme}`).toEqual([]);
    expect(
      onPage.inspected.some((target) => target.includes('badge-lens-chip')),
      'axe looked inside the chips',
    ).toBe(true);
  }

  // The popup: Tab reaches every control, in document order, each with a visible focus ring.
  const popupStops = await tabThrough(popup);
  expect(popupStops.map((s) => `${s.tag}:${s.label}`)).toEqual(await tabbables(popup));
  expect(
    popupStops.filter((s) => !s.visible).map((s) => s.label),
    'popup controls without a visible focus ring',
  ).toEqual([]);
  // A row opened into its card, in the popup.
  await popup.locator('[data-testid="badge-result"][data-status="invalid"] button').first().press('Enter');
  await expect(popup.locator('[data-testid="badge-result"][data-status="invalid"] .bl-row-card').first()).toBeVisible();
  for (const colorScheme of COLOR_SCHEMES) {
    await popup.emulateMedia({ colorScheme });
    expect((await runAxe(popup)).blocking, `popup with a card open, ${colorScheme}`).toEqual([]);
  }

  // The page: the chips are in the tab order beside their badges (document order), focus visible on each.
  const pageStops = await tabThrough(page, 150);
  const chipStops = pageStops.filter((s) => s.path[0] === 'badge-lens-chip');
  expect(chipStops.length).toBe(cv.expected.length);
  expect(pageStops.map((s) => s.order)).toEqual([...pageStops.map((s) => s.order)].sort((a, b) => a - b));
  expect(
    chipStops.filter((s) => !s.visible).map((s) => s.label),
    'chips without a visible focus ring',
  ).toEqual([]);

  // Enter on a chip opens its card with focus in it; Tab goes to its controls; Escape closes it and returns focus to the chip.
  const chip = chipStops[0]!;
  // Tab until the chip has focus: after a blur Chromium resumes from where focus last was, which is
  // the first stop or the end of the page depending on how the walk above ended.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i <= pageStops.length + 1 && (await focused(page))?.hostRef !== chip.hostRef; i++) await page.keyboard.press('Tab');
  expect((await focused(page))?.hostRef).toBe(chip.hostRef);
  await page.keyboard.press('Enter');
  const card = page.locator('[data-testid="overlay-card"]');
  await expect(card).toBeVisible();
  const inCard = await focused(page);
  expect([inCard?.path[0], inCard?.role, inCard?.visible]).toEqual(['badge-lens-card', 'dialog', true]);
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const withCard = await runAxe(page);
    expect(withCard.blocking, `open card, ${colorScheme}`).toEqual([]);
    expect(
      withCard.inspected.some((target) => target.includes('badge-lens-card')),
      'axe looked inside the card',
    ).toBe(true);
  }
  await page.keyboard.press('Tab');
  const close = await focused(page);
  expect([close?.path[0], close?.tag, close?.label, close?.visible]).toEqual([
    'badge-lens-card',
    'button',
    english.overlay_close!.message,
    true,
  ]);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  const back = await focused(page);
  expect([back?.path[0], back?.hostRef, back?.visible]).toEqual(['badge-lens-chip', chip.hostRef, true]);
});

test('the options page: no serious axe violation in light or dark, every control reachable by Tab in order with visible focus', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('[data-testid="opt-auto-scan"]')).toBeVisible();
  for (const colorScheme of COLOR_SCHEMES) {
    await options.emulateMedia({ colorScheme });
    expect((await runAxe(options)).blocking, `options, ${colorScheme}`).toEqual([]);
  }
  const stops = await tabThrough(options);
  expect(stops.length).toBeGreaterThan(3);
  expect(stops.map((s) => `${s.tag}:${s.label}`)).toEqual(await tabbables(options));
  expect(
    stops.filter((s) => !s.visible).map((s) => `${s.tag}:${s.label}`),
    'options controls without a visible focus ring',
  ).toEqual([]);
});
