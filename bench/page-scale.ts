/**
 * Page scale (issue 9 part 1): a page with 200 badges, page load → first chip and → all verdicts, in
 * Debian's Chromium with a built extension, the issuers served by the local demo server. Each run is a
 * fresh profile (cold worker, empty caches). Pass several extension builds to compare them side by
 * side: runs are interleaved, the order rotated every round, and medians reported.
 *
 *   npx tsx bench/page-scale.ts [--runs N] [--write-page] [label=extensionDir ...]
 */
import { writeFileSync } from 'node:fs';
import { launchDemoBrowser } from '../scripts/demo/browser';
import { chromiumInstalled } from '../scripts/demo/chromium';
import { startDemoServer } from '../scripts/demo/server';
import { median } from './stats';

export const PAGE_HOST = 'cv.example.net';
export const PAGE_FILE = 'scripts/demo/pages/cv.example.net/200-badges.html';
export const PAGE_URL = `https://${PAGE_HOST}/200-badges.html`;

/** Ten kinds of verified badges, twenty of each, every copy a candidate of its own (its own query). */
const KINDS: Array<{ file: string; as: 'img' | 'a' }> = [
  { file: 'hosted-valid.png', as: 'img' },
  { file: 'hosted-valid.svg', as: 'img' },
  { file: 'ob3-rdfc-did-web.json', as: 'a' },
  { file: 'ob3-status-active.json', as: 'a' },
  { file: 'ob3-status-list-2021-active.json', as: 'a' },
  { file: 'ob3-rdfc-did-key.json', as: 'a' },
  { file: 'ob3-jcs-did-web.json', as: 'a' },
  { file: 'ob3-ecdsa-jcs-p384-did-web.json', as: 'a' },
  { file: 'ob3-jwt-eddsa-did-key.jwt', as: 'a' },
  { file: 'clr-valid.json', as: 'a' },
];
export const PAGE_BADGES = 200;

export function page200Html(): string {
  const rows: string[] = [];
  for (let i = 0; i < PAGE_BADGES; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const url = `/badges/${kind.file}?copy=${i}`;
    rows.push(
      kind.as === 'img'
        ? `<li><img src="${url}" alt="badge ${i}" width="48" height="48"></li>`
        : `<li><a href="${url}">credential ${i}</a></li>`,
    );
  }
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>200 badges</title></head>\n<body><h1>200 badges</h1>\n<ul>\n${rows.join('\n')}\n</ul>\n</body></html>\n`;
}

/** Records, in page time (ms after navigation start), when the first chip shows a verdict and when all do. */
const WATCH = `(() => {
  const marks = { first: 0, all: 0, count: 0 };
  window.__pageScale = marks;
  const check = () => {
    const done = document.querySelectorAll('[data-badge-lens-status]:not([data-badge-lens-pending])').length;
    marks.count = done;
    if (done > 0 && !marks.first) marks.first = performance.now();
    if (done >= ${PAGE_BADGES} && !marks.all) marks.all = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-badge-lens-status', 'data-badge-lens-pending'] });
})();`;

async function oneRun(extensionDir: string, port: number, hosts: string[]): Promise<{ first: number; all: number; count: number }> {
  const browser = await launchDemoBrowser({ port, hosts, headless: true, extensionDir });
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(WATCH);
    await page.goto(PAGE_URL);
    await page
      .waitForFunction(`window.__pageScale && window.__pageScale.all > 0`, undefined, { timeout: 60_000, polling: 100 })
      .catch(() => undefined);
    return (await page.evaluate('window.__pageScale')) as { first: number; all: number; count: number };
  } finally {
    await browser.close();
  }
}

/** Medians per build of page → first chip and → all 200 verdicts. */
export async function benchPageScale(builds: Record<string, string>, runs = 3) {
  if (!chromiumInstalled()) return { skipped: 'no /usr/bin/chromium' };
  const server = await startDemoServer();
  try {
    const labels = Object.keys(builds);
    const samples = new Map(labels.map((label) => [label, [] as Array<{ first: number; all: number; count: number }>]));
    for (let round = 0; round < runs; round++) {
      const order = labels.map((_, i) => labels[(i + round) % labels.length]!);
      for (const label of order) samples.get(label)!.push(await oneRun(builds[label]!, server.port, server.hosts));
    }
    return Object.fromEntries(
      labels.map((label) => {
        const runsOf = samples.get(label)!;
        const complete = runsOf.filter((r) => r.all > 0);
        return [
          label,
          {
            page_200_all_verdicts_ms: complete.length ? Math.round(median(complete.map((r) => r.all))) : null,
            page_200_first_chip_ms: Math.round(median(runsOf.filter((r) => r.first > 0).map((r) => r.first))),
            runs: runsOf.map((r) => ({ first: Math.round(r.first), all: Math.round(r.all), chips: r.count })),
          },
        ];
      }),
    );
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args.includes('--write-page')) writeFileSync(PAGE_FILE, page200Html());
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
  const builds = Object.fromEntries(args.filter((a) => a.includes('=')).map((a) => a.split('=') as [string, string]));
  if (Object.keys(builds).length === 0) builds.current = '.output/chrome-mv3-e2e';
  console.log(JSON.stringify(await benchPageScale(builds, runs), null, 2));
}
