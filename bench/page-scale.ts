/**
 * Page scale (issue 9 part 1): a profile page with 200 badges from 20 issuers (`twenty-issuers.ts`),
 * page load → first chip and → all verdicts, in Debian's Chromium with a built extension, the issuers
 * served by the local demo server. Each run is a fresh profile (cold worker, empty caches). Pass several
 * extension builds to compare them side by side: runs are interleaved, the order rotated every round,
 * and medians reported.
 *
 *   npx tsx bench/page-scale.ts [--runs N] [label=extensionDir ...]
 */
import { loadavg } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { launchDemoBrowser } from '../scripts/demo/browser';
import { chromiumInstalled } from '../scripts/demo/chromium';
import { startDemoServer } from '../scripts/demo/server';
import { cpuSince, descendantCpuMs } from './process-cpu';
import { median } from './stats';
import { makeTwentyIssuerWorld, WORLD_BADGES, WORLD_PAGE_URL } from './twenty-issuers';

/** Records, in page time (ms after navigation start), when the first chip shows a verdict and when all do. */
export const WATCH = `(() => {
  const marks = { first: 0, all: 0, count: 0, statuses: {}, loadEvent: 0 };
  window.__pageScale = marks;
  addEventListener('load', () => { marks.loadEvent = performance.now(); });
  const check = () => {
    const done = document.querySelectorAll('[data-badge-lens-status]:not([data-badge-lens-pending])');
    marks.count = done.length;
    if (done.length > 0 && !marks.first) marks.first = performance.now();
    if (done.length >= ${WORLD_BADGES} && !marks.all) {
      marks.all = performance.now();
      for (const chip of done) {
        const status = chip.getAttribute('data-badge-lens-status');
        marks.statuses[status] = (marks.statuses[status] || 0) + 1;
      }
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-badge-lens-status', 'data-badge-lens-pending'] });
})();`;

export interface PageRun {
  /** The machine's 1-minute load average when the run ended. */
  load?: number;
  /** CPU ms the browser's processes used from navigation to the last verdict (polling included), by process type. */
  cpu?: Record<string, number>;
  first: number;
  all: number;
  /** When the page's own load event fired (its 200 images and everything else loaded). */
  loadEvent: number;
  count: number;
  statuses: Record<string, number>;
}

/**
 * An empty `extensionDir` loads the page with no extension: its load event is the floor of every figure
 * here. `settleMs`: the page opens that long after the browser's launch (0, the summary's figure: at once).
 */
async function oneRun(extensionDir: string, port: number, hosts: string[], settleMs: number): Promise<PageRun> {
  const browser = await launchDemoBrowser({ port, hosts, headless: true, ...(extensionDir ? { extensionDir } : {}) });
  try {
    if (settleMs > 0) await delay(settleMs);
    const page = await browser.context.newPage();
    await page.addInitScript(WATCH);
    const cpuBefore = descendantCpuMs();
    await page.goto(WORLD_PAGE_URL);
    const done = extensionDir ? 'window.__pageScale.all > 0' : 'window.__pageScale.loadEvent > 0';
    await page.waitForFunction(`window.__pageScale && ${done}`, undefined, { timeout: 60_000, polling: 100 }).catch(() => undefined);
    const cpu = cpuSince(cpuBefore, descendantCpuMs());
    return { ...((await page.evaluate('window.__pageScale')) as PageRun), load: loadavg()[0]!, cpu };
  } finally {
    await browser.close();
  }
}

export interface PageScale {
  page_200_all_verdicts_ms: number | null;
  page_200_first_chip_ms: number | null;
  /** The page's own load event, median. */
  load_event_ms: number | null;
  runs: Array<{
    first: number;
    all: number;
    loadEvent: number;
    chips: number;
    statuses: Record<string, number>;
    load?: number;
    cpu?: Record<string, number>;
  }>;
}

/** Medians per build of page → first chip and → all 200 verdicts. */
export async function benchPageScale(
  builds: Record<string, string>,
  runs = 3,
  settleMs = 0,
): Promise<Record<string, PageScale> | { skipped: string }> {
  if (!chromiumInstalled()) return { skipped: 'no /usr/bin/chromium' };
  const server = await startDemoServer({ resources: await makeTwentyIssuerWorld() });
  try {
    const labels = Object.keys(builds);
    const samples = new Map(labels.map((label) => [label, [] as PageRun[]]));
    for (let round = 0; round < runs; round++) {
      const order = labels.map((_, i) => labels[(i + round) % labels.length]!);
      for (const label of order) samples.get(label)!.push(await oneRun(builds[label]!, server.port, server.hosts, settleMs));
    }
    return Object.fromEntries(
      labels.map((label) => {
        const runsOf = samples.get(label)!;
        const complete = runsOf.filter((r) => r.all > 0);
        const started = runsOf.filter((r) => r.first > 0);
        return [
          label,
          {
            page_200_all_verdicts_ms: complete.length ? Math.round(median(complete.map((r) => r.all))) : null,
            page_200_first_chip_ms: started.length ? Math.round(median(started.map((r) => r.first))) : null,
            load_event_ms: Math.round(median(runsOf.map((r) => r.loadEvent))),
            runs: runsOf.map((r) => ({
              first: Math.round(r.first),
              all: Math.round(r.all),
              loadEvent: Math.round(r.loadEvent),
              chips: r.count,
              statuses: r.statuses,
              load: Math.round((r.load ?? 0) * 10) / 10,
              ...(r.cpu ? { cpu: r.cpu } : {}),
            })),
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
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
  const builds = Object.fromEntries(args.filter((a) => a.includes('=')).map((a) => a.split('=') as [string, string]));
  if (Object.keys(builds).length === 0) builds.current = '.output/chrome-mv3-e2e';
  const results = await benchPageScale(builds, runs);
  console.log(JSON.stringify(results, null, 2));
  // One line per build: the medians, then every run's all-verdicts time in the order run.
  for (const [label, scale] of Object.entries(results) as Array<[string, PageScale | string]>) {
    if (typeof scale === 'string') continue;
    const alls = scale.runs.map((r) => r.all);
    const cpu = (type: string) => Math.round(median(scale.runs.map((r) => r.cpu?.[type] ?? 0)));
    console.log(
      `${label}: all ${scale.page_200_all_verdicts_ms} ms (${Math.min(...alls)}–${Math.max(...alls)}), first ${scale.page_200_first_chip_ms} ms; runs ${alls.join(', ')}; ` +
        `CPU ms total ${cpu('total')} (${scale.runs.map((r) => r.cpu?.total).join(', ')}), browser ${cpu('browser')}, extension ${cpu('extension')}, page ${cpu('renderer')}, gpu ${cpu('gpu-process')}, utility ${cpu('utility')}`,
    );
  }
}
