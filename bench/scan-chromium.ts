import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { median } from './stats';

/** A synthetic page: 10,000 elements, 500 images, a few of them badges, links and scripts. */
function syntheticPage(): string {
  const parts: string[] = ['<!doctype html><html><body><main>'];
  for (let i = 0; i < 500; i++) {
    parts.push(`<section class="card c${i}"><h3>Item ${i}</h3><p>Text <b>${i}</b> <i>more</i> <span>x</span></p>`);
    parts.push(
      i % 50 === 0
        ? `<img src="https://cv.example.net/badges/b${i}.png" alt="badge">`
        : `<img src="https://cdn.example.net/photos/${i}.jpg" alt="photo">`,
    );
    parts.push(
      `<ul>${`<li><a href="/p/${i}">link</a></li>`.repeat(4)}</ul><div style="color:red"><span>a</span><span>b</span><em>c</em><small>d</small><code>e</code><kbd>f</kbd><b>g</b><b>h</b><b>i</b><b>j</b></div></section>`,
    );
  }
  parts.push('</main></body></html>');
  return parts.join('');
}

/** The content script's scan in Chromium: total time and the longest main-thread task. */
export async function benchScan() {
  if (!existsSync('/usr/bin/chromium')) return { skipped: 'no /usr/bin/chromium' };
  const bundle = await build({
    entryPoints: ['bench/scan-entry.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: syntheticPage() }));
    await page.goto('https://cv.example.net/');
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const runs = await page.evaluate(async () => {
      const longTasks: number[] = [];
      new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
        type: 'longtask',
        buffered: false,
      });
      const times: number[] = [];
      let found = 0;
      for (let i = 0; i < 7; i++) {
        const start = performance.now();
        found = (window as unknown as { badgeLensScan(): number }).badgeLensScan();
        times.push(performance.now() - start);
        await new Promise((r) => setTimeout(r, 50));
      }
      return { times, longTasks, found };
    });
    return {
      elements,
      images: 500,
      candidates: runs.found,
      scanMedianMs: median(runs.times),
      scanMaxMs: Math.max(...runs.times),
      longestTaskMs: runs.longTasks.length ? Math.max(...runs.longTasks) : 0,
    };
  } finally {
    await browser.close();
  }
}
