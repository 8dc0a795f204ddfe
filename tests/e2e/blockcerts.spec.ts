import { TEST_HOST, expect, test, verdicts } from './fixtures';

const PAGE = `${TEST_HOST}/blockcerts.html`;

test('Blockcerts certificates: anchor not checked until the user allows it (popup or page card), then verified against two explorers; test certificates never verified', async ({
  context,
  extensionId,
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  await page.goto(PAGE);
  let popup = await openPopup(PAGE);
  let state = await waitForSettled(popup, { minRows: 3 });
  expect(state.settled).toBe(true);
  expect(verdicts(state.rows)).toEqual(['unverifiable/blockcerts', 'unverifiable/blockcerts', 'unverifiable/blockcerts']);

  // The genuine mainnet certificate: every local check passes, the anchor is not looked up.
  const mainnet = popup.locator('[data-testid="badge-result"][data-format="blockcerts"]', { hasText: 'Certified Security Expert' });
  await mainnet.locator('button.bl-row-button').click();
  const card = mainnet.locator('.bl-card');
  await expect(card.locator('[data-code="blockcerts.hash-ok"]')).toHaveAttribute('data-outcome', 'pass');
  await expect(card.locator('[data-code="blockcerts.merkle-ok"]')).toHaveAttribute('data-outcome', 'pass');
  await expect(card.locator('[data-code="anchor.not-checked"]')).toContainText('Anchor not checked');
  await expect(card.locator('[data-code="anchor.ok"]')).toHaveCount(0);
  await expect(card.locator('[data-testid="check-anchor"]')).toBeVisible();
  await expect(card.locator('.bl-anchor-offer')).toContainText(
    "Checking the blockchain anchor asks blockstream.info and mempool.space for this certificate's transaction.",
  );
  // Only the certificate's own chain's explorers: an Ethereum explorer learns nothing of a Bitcoin certificate.
  await expect(card.locator('.bl-anchor-offer')).not.toContainText('blockscout');
  await shot(popup, 'blockcerts-anchors-off-popup');
  await expect(page.locator('#mainnet [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'unverifiable');
  await expect(page.locator('#sepolia [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'unverifiable');

  // The card's button looks this one certificate's anchor up, the setting staying off.
  await card.locator('[data-testid="check-anchor"]').click();
  await expect(popup.locator('[data-testid="badge-result"][data-status="verified"]')).toHaveCount(1, { timeout: 20_000 });
  state = await waitForSettled(popup, { minRows: 3 });
  expect(verdicts(state.rows)).toEqual(['unverifiable/blockcerts', 'unverifiable/blockcerts', 'verified/blockcerts']);
  await expect(page.locator('#mainnet [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'verified');
  await popup.close();

  // Reloaded, the page is checked under the setting again: anchor not checked.
  await page.reload();
  popup = await openPopup(PAGE);
  state = await waitForSettled(popup, { minRows: 3 });
  expect(verdicts(state.rows)).toEqual(['unverifiable/blockcerts', 'unverifiable/blockcerts', 'unverifiable/blockcerts']);
  await popup.close();

  // The same offer on the page's own card: it says who is asked, then looks this one certificate's anchor up.
  const chip = page.locator('#mainnet [data-badge-lens-status]');
  await expect(chip).toHaveAttribute('data-badge-lens-status', 'unverifiable');
  await chip.locator('button').first().click();
  const overlayCard = page.locator('[data-testid="overlay-card"]');
  await expect(overlayCard).toBeVisible();
  await expect(overlayCard.locator('[data-code="anchor.not-checked"]')).toContainText('Anchor not checked');
  await expect(overlayCard.locator('.bl-anchor-offer')).toContainText(
    "Checking the blockchain anchor asks blockstream.info and mempool.space for this certificate's transaction.",
  );
  const overlayButton = overlayCard.locator('[data-testid="check-anchor"]');
  await expect(overlayButton).toHaveText('Check the anchor');
  await overlayButton.scrollIntoViewIfNeeded();
  await shot(page, 'blockcerts-overlay-anchor-offer', { fullPage: false });
  await overlayButton.click();
  await expect(chip).toHaveAttribute('data-badge-lens-status', 'verified', { timeout: 20_000 });
  await expect(overlayCard.locator('[data-code="anchor.ok"]')).toHaveAttribute('data-outcome', 'pass');
  await expect(overlayCard.locator('[data-testid="check-anchor"]')).toHaveCount(0);
  await shot(page, 'blockcerts-overlay-anchor-checked', { fullPage: false });
  await expect(page.locator('#sepolia [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'unverifiable');
  await page.keyboard.press('Escape');
  await page.reload();

  // The switch in the options: the anchor is fetched from blockstream.info and mempool.space (the test server's recorded answers).
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const anchors = options.locator('[data-testid="opt-check-anchors"]');
  await expect(anchors).not.toBeChecked();
  await anchors.check();
  await expect(options.locator('[data-testid="save-status"]')).toContainText(/saved/i);
  await shot(options, 'blockcerts-options');
  await options.close();

  await page.reload();
  popup = await openPopup(PAGE);
  state = await waitForSettled(popup, { minRows: 3 });
  expect(state.settled).toBe(true);
  expect(verdicts(state.rows)).toEqual(['unverifiable/blockcerts', 'unverifiable/blockcerts', 'verified/blockcerts']);
  const anchored = popup.locator('[data-testid="badge-result"][data-status="verified"]');
  await anchored.locator('button.bl-row-button').click();
  await expect(anchored.locator('.bl-card [data-code="anchor.ok"]')).toHaveAttribute('data-outcome', 'pass');
  await expect(anchored.locator('[data-testid="check-anchor"]')).toHaveCount(0);
  // A testnet certificate stays a test certificate, and its card says so.
  const testnet = popup.locator('[data-testid="badge-result"][data-format="blockcerts"]', { hasText: 'Certificate of Accomplishment' });
  await expect(testnet).toHaveAttribute('data-status', 'unverifiable');
  await testnet.locator('button.bl-row-button').click();
  await expect(testnet.locator('.bl-card [data-code="anchor.test-chain"]')).toContainText('A test certificate');
  await expect(page.locator('#mainnet [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'verified');
  await expect(page.locator('#testnet [data-badge-lens-status]')).toHaveAttribute('data-badge-lens-status', 'unverifiable');
  await shot(popup, 'blockcerts-anchors-on-popup');
});

test('Blockcerts status lists signed EcdsaSecp256k1Signature2019 are checked in the extension: revoked, suspended, not revoked', async ({
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  const STATUS_PAGE = `${TEST_HOST}/blockcerts-status.html`;
  await page.goto(STATUS_PAGE);
  const popup = await openPopup(STATUS_PAGE);
  const state = await waitForSettled(popup, { minRows: 3 });
  expect(state.settled).toBe(true);
  expect(verdicts(state.rows).sort()).toEqual(['revoked/blockcerts', 'suspended/blockcerts', 'unverifiable/blockcerts']);
  for (const [id, status] of [
    ['revoked', 'revoked'],
    ['suspended', 'suspended'],
    ['active', 'unverifiable'],
  ] as const)
    await expect(page.locator(`#${id} [data-badge-lens-status]`), `chip for #${id}`).toHaveAttribute('data-badge-lens-status', status);
  const active = popup.locator('[data-testid="badge-result"][data-status="unverifiable"]');
  await active.locator('button.bl-row-button').click();
  await expect(active.locator('.bl-card [data-code="status.ok"]')).toHaveAttribute('data-outcome', 'pass');
  await expect(active.locator('.bl-card [data-code="anchor.test-chain"]')).toContainText('A test certificate');
  await shot(popup, 'blockcerts-status-lists-popup');
  await page.locator('#revoked [data-badge-lens-status] button').first().click();
  const card = page.locator('[data-testid="overlay-card"]');
  await expect(card.locator('[data-code="status.revoked"]')).toBeVisible();
  await shot(page, 'blockcerts-status-revoked-card', { fullPage: false });
});
