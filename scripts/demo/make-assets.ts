/**
 * Renders the demo's raster images once, with Chromium, into scripts/demo/assets/ (committed):
 * badge artwork PNGs (worn by the baked PNG fixtures on the demo pages, see png-art.ts, and served
 * as the issuers' badge-class images), portraits (JPEG) and a project chart (a PNG that is no badge).
 * Run: npx tsx scripts/demo/make-assets.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ART, badgeArtSvg, portraitSvg, projectSvg } from './art';
import { CHROMIUM } from './chromium';

const OUT = 'scripts/demo/assets';

async function main() {
  mkdirSync(join(OUT, 'art'), { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const render = async (svg: string, file: string, type: 'png' | 'jpeg') => {
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const bytes = await page
      .locator('svg')
      .first()
      .screenshot({ type, omitBackground: type === 'png', ...(type === 'jpeg' ? { quality: 82 } : {}) });
    writeFileSync(join(OUT, file), bytes);
    console.log(`${file} ${bytes.length} bytes`);
  };
  for (const name of Object.keys(ART)) await render(badgeArtSvg(name, 240), `art/${name}.png`, 'png');
  await render(portraitSvg('#fde68a', '#f59e0b', '#f1c9a5', '#3f2a1d'), 'ada.jpg', 'jpeg');
  await render(portraitSvg('#bfdbfe', '#6366f1', '#e8bf9c', '#9ca3af'), 'grace.jpg', 'jpeg');
  await render(projectSvg(), 'project.png', 'png');
  await browser.close();
}

await main();
