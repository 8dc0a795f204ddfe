import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture } from '../../scripts/demo/expected';
import { GENERATED_DIR } from '../../scripts/demo/server';
import { TEST_HOST, expect, test, verdicts } from './fixtures';

const PAGE = `${TEST_HOST}/ecdsa.html`;

/** The verdict manifest-vc.json gives a credential that is not an Open Badge. */
function vcFixture(file: string): { status: string; format: string } {
  const entries = JSON.parse(readFileSync(join(GENERATED_DIR, 'manifest-vc.json'), 'utf8')) as Array<{
    file: string;
    status: string;
    format: string;
  }>;
  const entry = entries.find((e) => e.file === file);
  if (!entry) throw new Error(`${file} is not in manifest-vc.json`);
  return { status: entry.status, format: entry.format };
}

test('ECDSA, JsonWebSignature2020, a VC-JOSE envelope and a generic verifiable credential verify on a page', async ({
  page,
  openPopup,
  waitForSettled,
  shot,
}) => {
  await page.goto(PAGE);
  const cases = {
    'ecdsa-rdfc': fixture('ob3-ecdsa-rdfc-p256-did-web.json'),
    'ecdsa-jcs': fixture('ob3-ecdsa-jcs-p384-did-web.json'),
    jws2020: fixture('ob3-jsonwebsignature2020.json'),
    enveloped: fixture('ob3-enveloped-vc-jwt.json'),
    secp256k1: fixture('ob3-ecdsa-secp256k1.json'),
    degree: vcFixture('vc-degree-ecdsa.json'),
    sd: vcFixture('vc-sd-selective.json'),
  };
  const expected = Object.values(cases);
  expect(verdicts(expected)).toEqual([
    'unverifiable/ob3-di',
    'verified/ob3-di',
    'verified/ob3-di',
    'verified/ob3-di',
    'verified/ob3-jwt',
    'verified/vc',
    'verified/vc',
  ]);

  const popup = await openPopup(PAGE);
  const { rows, settled } = await waitForSettled(popup, { minRows: expected.length });
  expect(settled).toBe(true);
  expect(verdicts(rows)).toEqual(verdicts(expected));
  expect(rows.filter((r) => r.format === 'vc').map((r) => r.name)).toEqual(
    expect.arrayContaining([
      expect.stringContaining('University Degree Credential'),
      expect.stringContaining('Alumni of Example University'),
    ]),
  );

  for (const [id, { status }] of Object.entries(cases)) {
    await expect(page.locator(`#${id} [data-badge-lens-status]`), `chip for #${id}`).toHaveAttribute('data-badge-lens-status', status);
  }
  await shot(page, 'ecdsa-page');

  // The degree's card: its type in plain words, the subject's name, and the note that it is not an Open Badge.
  await page.locator('#degree [data-badge-lens-status] button').first().click();
  const card = page.locator('[data-testid="overlay-card"]');
  await expect(card).toBeVisible();
  await expect(card).toContainText('University Degree Credential');
  await expect(card).toContainText('Ada Lovelace');
  await expect(card).toContainText('A verifiable credential, but not an Open Badge.');
  await shot(page, 'ecdsa-degree-card', { fullPage: false });
  await page.keyboard.press('Escape');

  // The selective-disclosure card says the holder chose what to show, and which claims.
  await page.locator('#sd [data-badge-lens-status] button').first().click();
  await expect(card).toBeVisible();
  await expect(card).toContainText('The holder chose which claims to show; every claim shown is signed by the issuer.');
  await card.locator('li[data-code="proof.sd-disclosed"] summary').click();
  await expect(card).toContainText('credentialSubject.graduationYear');
  await expect(card).not.toContainText('credentialSubject.birthDate');
  await shot(page, 'ecdsa-sd-card', { fullPage: false });
  await page.keyboard.press('Escape');

  // The secp256k1 credential's card names the reason, and it is unverifiable, not invalid.
  await page.locator('#secp256k1 [data-badge-lens-status] button').first().click();
  await expect(card).toBeVisible();
  await expect(card).toContainText('The issuer uses a kind of key Badge Lens does not support.');
  await shot(popup, 'ecdsa-popup');
});
