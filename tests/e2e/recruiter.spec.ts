import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture } from '../../scripts/demo/expected';
import { SCREENSHOTS, TEST_HOST, expect, test, verdicts } from './fixtures';

const PAGE = `${TEST_HOST}/recruiter.html`;

test('for recruiters: the about section, and whose credential it is against whose CV it is on', async ({
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  await page.goto(PAGE);
  const popup = await openPopup(PAGE);
  const { rows, settled } = await waitForSettled(popup, { minRows: 2 });
  expect(settled).toBe(true);
  expect(verdicts(rows)).toEqual(verdicts([fixture('ob3-recruiter-certificate.json'), fixture('ob3-recruiter-other-name.json')]));

  // The copied course: a genuine badge (verified), flagged on its row as issued to someone else.
  const other = popup.locator('[data-testid="badge-result"]', { hasText: 'SQL for Analysts' });
  await expect(other).toHaveAttribute('data-status', 'verified');
  await expect(other.locator('[data-testid="recipient-match"]')).toHaveAttribute('data-match', 'mismatch');
  await other.locator('button.bl-row-button').click();
  await expect(other.locator('.bl-card [data-testid="recipient-match"]')).toHaveText(/Issued to a different name: John Smith/);

  // Ada's certificate: no warning on the row; the card says it matches and what it is worth.
  const mine = popup.locator('[data-testid="badge-result"]', { hasText: 'Machine Learning Professional Certificate' });
  await expect(mine.locator('[data-testid="recipient-match"]')).toHaveCount(0);
  await mine.locator('button.bl-row-button').click();
  const card = mine.locator('.bl-card');
  await expect(card.locator('[data-testid="recipient-match"]')).toHaveAttribute('data-match', 'match');
  await expect(card.locator('[data-testid="recipient-match"]')).toHaveText('Issued to Ada Lovelace — matches this page');
  const about = card.locator('[data-testid="about-credential"]');
  await expect(about).toContainText('Certificate');
  await expect(about).toContainText('30 ECTS');
  await expect(about).toContainText('EQF level 6');
  await expect(about).toContainText('over 5 months');
  await expect(about).toContainText('Spring 2025');
  await expect(about.locator('[data-testid="about-skill"]')).toHaveText([
    'Programming (O*NET 2.B.3.e)',
    'Mathematics (O*NET 2.A.1.e)',
    'Data Scientists (O*NET-SOC 15-2051.00)',
  ]);
  await expect(about.locator('[data-testid="about-skill"] a').first()).toHaveAttribute(
    'href',
    'https://www.onetonline.org/find/descriptor/result/2.B.3.e',
  );
  await expect(about).toContainText('Capstone project');
  await card.screenshot({ path: join(SCREENSHOTS, 'recruiter-card-about.png') });
  await shot(popup, 'recruiter-popup');

  // On the page: the chip of the copied course carries the warning; its card says so too.
  const chip = page.locator('#other-name [data-badge-lens-status] button').first();
  await expect(chip.locator('[data-testid="recipient-match"]')).toHaveAttribute('data-match', 'mismatch');
  await chip.click();
  const overlayCard = page.locator('[data-testid="overlay-card"]');
  await expect(overlayCard.locator('[data-testid="recipient-match"]')).toHaveAttribute('data-match', 'mismatch');
  await overlayCard.screenshot({ path: join(SCREENSHOTS, 'recruiter-overlay-mismatch.png') });
});

test('for recruiters: CSV and JSON exports download and parse, the printable report renders every result', async ({
  context,
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  await page.goto(PAGE);
  const popup = await openPopup(PAGE);
  const { settled } = await waitForSettled(popup, { minRows: 2 });
  expect(settled).toBe(true);

  // Skills on this page: every skill the credentials name, each with the credentials that evidence it.
  const skills = popup.locator('[data-testid="skills"]');
  await skills.locator('summary').click();
  await expect(skills.locator('[data-testid="skill"] > strong')).toHaveText(['Data Scientists', 'Mathematics', 'Programming']);
  await expect(skills.locator('[data-testid="skill"]', { hasText: 'Programming' })).toContainText('SQL for Analysts');
  await expect(skills.locator('[data-testid="skill"][data-proven="true"]')).toHaveCount(3);
  await shot(popup, 'recruiter-skills');

  const downloaded = async (testId: string) => {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator(`[data-testid="${testId}"]`).click()]);
    return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
  };

  const csv = await downloaded('export-csv');
  expect(csv.name).toMatch(/^badge-lens-test\.example\.net-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv.text.split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(
    'page_url,source,format,status,assurance,badge,issuer,issuer_id,recipient,recipient_match,issued,expires,achievement_type,credits,skills,trust,checked_at,failed_checks',
  );
  expect(lines).toHaveLength(3);
  const certificate = lines.find((l) => l.includes('Machine Learning Professional Certificate'));
  expect(certificate).toContain(',Ada Lovelace,match,');
  expect(certificate).toContain(',Certificate,30 ECTS,Programming; Mathematics; Data Scientists,');
  expect(lines.find((l) => l.includes('SQL for Analysts'))).toContain(',John Smith,mismatch,');

  const json = await downloaded('export-json');
  const parsed = JSON.parse(json.text) as {
    page: string;
    exportedAt: string;
    results: Array<{ status: string; credential: { name: string }; recipientMatch: { match: string }; trust: { known: boolean } }>;
  };
  expect(parsed.page).toBe(PAGE);
  expect(Number.isNaN(Date.parse(parsed.exportedAt))).toBe(false);
  expect(parsed.results.map((r) => [r.credential.name, r.status, r.recipientMatch.match, r.trust.known]).sort()).toEqual([
    ['Machine Learning Professional Certificate', 'verified', 'match', false],
    ['SQL for Analysts', 'verified', 'mismatch', false],
  ]);

  const [report] = await Promise.all([context.waitForEvent('page'), popup.locator('[data-testid="open-report"]').click()]);
  await report.waitForLoadState();
  expect(new URL(report.url()).pathname).toBe('/report.html');
  expect(new URL(report.url()).searchParams.get('tabId')).toMatch(/^\d+$/);
  await expect(report.locator('[data-testid="report-result"]')).toHaveCount(2);
  await expect(report.locator('[data-testid="report-page-url"]')).toHaveText(PAGE);
  await expect(report.locator('[data-testid="report-hash"]').first()).toHaveText(/^[0-9a-f]{64}$/);
  await expect(report.locator('[data-testid="report-result"] [data-testid="about-credential"]')).toHaveCount(2);
  await expect(report.locator('[data-testid="recipient-match"][data-match="mismatch"]')).toHaveCount(1);
  await expect(report.locator('[data-testid="copy-summary"]')).toHaveCount(2);
  await report.emulateMedia({ media: 'print' });
  await shot(report, 'recruiter-report');
});

test('for recruiters: an issuer pinned in the options shows as known on the card; the rest are not on your lists', async ({
  context,
  extensionId,
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('[data-testid="trust-pin-id"]').fill('https://not-a-did');
  await options.locator('[data-testid="trust-pin-id"]').fill('Example University');
  await options.locator('[data-testid="trust-pin-add"]').click();
  await expect(options.locator('[data-testid="trust-error"]')).toBeVisible();
  await options.locator('[data-testid="trust-pin-id"]').fill('did:web:credentials.example-university.org');
  await options.locator('[data-testid="trust-pin-label"]').fill('Example University');
  await options.locator('[data-testid="trust-pin-add"]').click();
  await expect(options.locator('[data-testid="trust-list"]')).toHaveCount(1);
  await expect(options.locator('[data-testid="trust-list"]')).toContainText('Pinned issuers');
  await options
    .locator('[data-testid="trust-import-file"]')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"registry": ') });
  await expect(options.locator('[data-testid="trust-error"]')).toContainText('Nothing imported: not JSON');
  await expect(options.locator('[data-testid="trust-list"]')).toHaveCount(1);
  await shot(options, 'recruiter-options-trust');

  await page.goto(PAGE);
  const popup = await openPopup(PAGE);
  const { settled } = await waitForSettled(popup, { minRows: 2 });
  expect(settled).toBe(true);
  const row = popup.locator('[data-testid="badge-result"]', { hasText: 'Machine Learning Professional Certificate' });
  await row.locator('button.bl-row-button').click();
  await expect(row.locator('[data-testid="trust-note"]')).toHaveAttribute('data-known', 'true');
  await expect(row.locator('[data-testid="trust-note"]')).toHaveText('Known issuer — on Pinned issuers');
  await expect(row.locator('.bl-card-issuer')).toContainText('confirmed by a trust list you hold');
  await expect(row).toHaveAttribute('data-status', 'verified');

  // Removed again: not on your lists.
  await options.locator('[data-testid="trust-remove"]').click();
  await expect(options.locator('[data-testid="trust-list"]')).toHaveCount(0);
  await expect(row.locator('[data-testid="trust-note"]')).toHaveAttribute('data-known', 'false');
  await expect(row.locator('[data-testid="trust-note"]')).toHaveText('Not on your lists');
});
