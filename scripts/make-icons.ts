/**
 * Renders the toolbar and store icons (public/icon/<size>.png, committed) with Chromium: the Badge Lens
 * mark, white on a blue tile. Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM } from './demo/chromium';

/** Chrome asks for 16, 32, 48 and 128 px; addons.mozilla.org for 48 and 96 (its HiDPI listing). */
const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const icon = (size: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24">
  <rect x="0.5" y="0.5" width="23" height="23" rx="5.5" fill="#0b5cad"/>
  <circle cx="10.5" cy="10.5" r="6.4" fill="none" stroke="#fff" stroke-width="2"/>
  <path d="M15.3 15.3L19.6 19.6" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/>
  <path d="M7.6 10.7l2 2 3.6-3.9" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const size of ICON_SIZES) {
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${icon(size)}</body></html>`);
  writeFileSync(`public/icon/${size}.png`, await page.locator('svg').screenshot({ omitBackground: true }));
}
await browser.close();
console.log(`wrote public/icon/{${ICON_SIZES.join(',')}}.png`);
