/**
 * What the extension sends while it verifies a page (docs/SPEC.md §6): every request the demo server receives
 * is recorded; the extension's must be cookie-less GETs from the worker, with no Referer or Origin
 * naming the page and no header but Accept beyond the browser's own, to resources credentials name.
 */
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Locator } from '@playwright/test';
import { demoPages } from '../../scripts/demo/expected';
import type { LoggedRequest } from '../../scripts/demo/server';
import { TEST_HOST, expect, test } from './fixtures';
import { badgeUrlsOnPage, isPageRequest, privacyViolations, urlsNamedByCredentials } from './request-log';

const cv = demoPages().find((p) => p.id === 'cv')!;
/** The image of the Data Science Foundations badge class, shown on the hosted badge's card. */
const CARD_IMAGE = 'https://badges.example-university.org/badges/data-science.png';

/** A session cookie of every SameSite kind on every demo host, so a request that carried cookies shows them. */
async function setCookies(context: BrowserContext, hosts: readonly string[]) {
  await context.addCookies(
    hosts.flatMap((domain) =>
      (['Strict', 'Lax', 'None'] as const).map((sameSite) => ({
        name: `session-${sameSite}`,
        value: 'secret',
        domain,
        path: '/',
        secure: true,
        sameSite,
      })),
    ),
  );
}

/** Soft checks below, so that one protection removed shows every assertion it breaks, not just the first. */
const srcOf = (image: Locator) => image.getAttribute('src');

test('verifying the demo CV and opening cards: every request the extension makes is a cookie-less GET for a credential resource', async ({
  context,
  page,
  demo,
  openPopup,
  waitForSettled,
  shot,
}) => {
  test.setTimeout(90_000);
  await setCookies(context, demo.hosts);
  demo.clearRequests();

  await page.goto(cv.url);
  const popup = await openPopup(cv.url);
  const { settled } = await waitForSettled(popup, { minRows: cv.expected.length, timeoutMs: 40_000 });
  expect(settled).toBe(true);

  // The card on the page shows the badge class image as a data: URL; reopened, it is not fetched again.
  const chip = page.locator('[data-demo="img-hosted-valid"] [data-badge-lens-status] button').first();
  const cardImage = page.locator('[data-testid="overlay-card"] .bl-card-head img.bl-image');
  for (let open = 0; open < 2; open++) {
    await chip.click();
    await expect(cardImage).toBeVisible();
    expect.soft(await srcOf(cardImage)).toMatch(/^data:image\/png;base64,/);
    if (open === 0) await shot(page, 'privacy-card', { fullPage: false });
    await page.keyboard.press('Escape');
  }
  // And so does the same card in the popup.
  await popup.locator('[data-testid="badge-result"][data-status="verified"][data-format="ob2-hosted"] button').first().click();
  const popupImage = popup.locator('.bl-card-head img.bl-image').first();
  await expect(popupImage).toBeVisible();
  expect.soft(await srcOf(popupImage)).toMatch(/^data:image\/png;base64,/);
  await shot(popup, 'privacy-popup-card');

  const named = new Set([...urlsNamedByCredentials(), ...(await badgeUrlsOnPage(page))]);
  named.delete(cv.url); // the page itself is never the extension's to fetch
  const requests = demo.requests();
  const extension = requests.filter((r) => !isPageRequest(r, cv.url));
  const own = requests.filter((r) => isPageRequest(r, cv.url));

  // The page's own requests carry its cookies, so the extension's would show them if it sent any.
  expect(own.find((r) => r.url === cv.url)?.headers.cookie).toContain('session-Strict=secret');
  expect(extension.length).toBeGreaterThan(cv.expected.length);
  expect(extension.flatMap((r) => privacyViolations(r, cv.url, named).map((problem) => `${r.url}: ${problem}`))).toEqual([]);
  expect(requests.filter((r) => r.url === CARD_IMAGE).map((r) => r.headers['sec-fetch-dest'])).toEqual(['empty']);
});

/** A plain TCP listener that counts connections: anything that reaches it was requested. */
async function countingListener(): Promise<{ port: number; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const server: Server = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => connections,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** An Open Badges 3.0 credential (unsigned: its verdict does not matter here) whose achievement shows `image`. */
function credentialWithImage(name: string, image: string) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    id: `urn:uuid:${name}`,
    issuer: { id: 'https://badges.example-university.org/issuer.json', type: ['Profile'], name: 'Example University' },
    validFrom: '2024-01-01T00:00:00Z',
    name,
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: {
        id: `urn:uuid:${name}-achievement`,
        type: ['Achievement'],
        name,
        criteria: { narrative: 'x' },
        image: { id: image, type: 'Image' },
      },
    },
  };
}

test('a credential image is shown as a data: URL, and one named over http: or at a private address is never requested', async ({
  page,
  demo,
  openPopup,
  waitForSettled,
  shot,
}) => {
  const listener = await countingListener();
  const images: Record<string, string> = {
    public: `${CARD_IMAGE}?via=public`,
    http: `http://badges.example-university.org/badges/data-science.png?via=http`,
    // The browser reaches only the demo hosts and localhost (chromium.ts), so localhost stands for every private address.
    loopback: `https://localhost:${demo.port}/badges.example-university.org/badges/data-science.png?via=loopback`,
    'plain-loopback': `http://localhost:${listener.port}/badge.png?via=plain-loopback`,
  };
  const pageUrl = `${TEST_HOST}/empty.html`;
  try {
    await page.goto(pageUrl);
    demo.clearRequests();
    await page.evaluate(
      (credentials) => {
        for (const [id, json] of Object.entries(credentials)) {
          const section = document.createElement('section');
          section.id = `probe-${id}`;
          section.className = 'case';
          const script = document.createElement('script');
          script.type = 'application/ld+json';
          script.textContent = json;
          section.append(script, Object.assign(document.createElement('h2'), { textContent: id }));
          document.querySelector('main')!.append(section);
        }
      },
      Object.fromEntries(Object.entries(images).map(([id, url]) => [id, JSON.stringify(credentialWithImage(`probe-${id}`, url))])),
    );

    const popup = await openPopup(pageUrl);
    const { settled } = await waitForSettled(popup, { minRows: Object.keys(images).length });
    expect(settled).toBe(true);
    // Every card, on the page and in the popup.
    for (const id of Object.keys(images)) {
      await page.locator(`#probe-${id} [data-badge-lens-status] button`).first().click();
      const card = page.locator('[data-testid="overlay-card"]');
      await expect(card).toContainText(`probe-${id}`);
      if (id === 'public') {
        await expect(card.locator('img.bl-image')).toBeVisible();
        expect.soft(await srcOf(card.locator('img.bl-image'))).toMatch(/^data:image\/png;base64,/);
        await shot(page, 'privacy-public-image-card', { fullPage: false });
      } else {
        await expect.soft(card.locator('.bl-image-placeholder')).toHaveAttribute('data-image-state', 'none', { timeout: 3000 });
        await expect.soft(card.locator('img')).toHaveCount(0);
      }
      await page.keyboard.press('Escape');
    }
    for (const row of await popup.locator('[data-testid="badge-result"] button.bl-row-button').all()) await row.click();
    await expect(popup.locator('.bl-card')).toHaveCount(Object.keys(images).length);
    await expect.soft(popup.locator('.bl-card img.bl-image')).toHaveCount(1);
    expect.soft(await srcOf(popup.locator('.bl-card img.bl-image').first())).toMatch(/^data:image\/png;base64,/);
    await popup.waitForTimeout(1000);

    const requested = (via: string) => demo.requests().filter((r: LoggedRequest) => r.url.includes(`via=${via}`));
    const seen = Object.fromEntries(
      Object.keys(images).map((via) => [
        via,
        requested(via).map((r) => `${r.headers['sec-fetch-dest']}, ${r.headers.cookie ? 'cookies' : 'no cookie'}`),
      ]),
    );
    // Once, by the worker (the public image); never (the others).
    expect.soft(seen).toEqual({ public: ['empty, no cookie'], http: [], loopback: [], 'plain-loopback': [] });
    expect
      .soft(
        demo.requests().filter((r) => r.status === 'not-tls'),
        'http: requests',
      )
      .toEqual([]);
    expect(listener.connections(), 'connections to the plain listener').toBe(0);
  } finally {
    await listener.close();
  }
});
