/**
 * The content script (issue 9 part 4): the eager script's size, and what an infinite-scroll page costs
 * in extension JavaScript — a 2,000-element feed that gains 10 cards of 5 elements every 100 ms for
 * 10 s. The renderer's CPU profile (CDP) is summed over samples whose stack holds a chrome-extension://
 * frame; the longest slice is the longest run of such samples. Several builds run side by side.
 *
 *   npx tsx bench/content-split.ts [--runs N] [--profiles DIR] [label=extensionDir ...]
 *
 * `--profiles DIR` writes each run's profile (`<label>-<run>.cpuprofile`, for DevTools) and prints the
 * extension functions with the most self time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchDemoBrowser } from '../scripts/demo/browser';
import { chromiumInstalled } from '../scripts/demo/chromium';
import { startDemoServer } from '../scripts/demo/server';
import { median } from './stats';

/** Gzip size (level 9) of a build's eager content scripts: every file its manifest lists under `content_scripts`. */
export function eagerGzBytes(extensionDir: string): number {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { content_scripts?: Array<{ js?: string[] }> };
  const files = (manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []);
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(extensionDir, file)), { level: 9 }).length, 0);
}

const FEED_PAGE = 'https://cv.example.net/scroll-feed.html';

const SCROLL = `(async () => {
  const feed = document.createElement('main');
  const card = (i) => '<article class="post"><h3>Post ' + i + '</h3><img src="/photos/' + i + '.jpg" alt="photo"><p><a href="/posts/' + i + '">read</a></p><span>like</span></article>';
  let html = '';
  for (let i = 0; i < 400; i++) html += card(i);
  feed.innerHTML = html;
  document.body.append(feed);
  let n = 400;
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      let more = '';
      for (let k = 0; k < 10; k++) more += card(n++);
      feed.insertAdjacentHTML('beforeend', more);
      if (n >= 400 + 1000) { clearInterval(timer); resolve(); }
    }, 100);
  });
})()`;

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName?: string; lineNumber?: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * A sample's interval counted in `cappedMs`: the profiler samples every 200 µs, so a longer gap means
 * the renderer was not running at all (another process had the core), which a loaded machine adds to
 * whichever frame was sampled last.
 */
const CAP_MS = 1;

/**
 * Extension JS in a CPU profile: total ms, the longest contiguous run of samples in it, and the total
 * with every sample interval capped at `CAP_MS` (what it costs when the renderer has a core).
 */
export function extensionTime(profile: Profile): {
  totalMs: number;
  longestSliceMs: number;
  cappedMs: number;
  longestCappedMs: number;
  /** Samples in extension frames: they do not grow when the renderer has no core, so they compare builds best. */
  samples: number;
} {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inExtension = new Map<number, boolean>();
  const isExtension = (id: number): boolean => {
    const known = inExtension.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const value = (node?.callFrame.url.startsWith('chrome-extension://') ?? false) || (up !== undefined && isExtension(up));
    inExtension.set(id, value);
    return value;
  };
  let total = 0;
  let samples = 0;
  let capped = 0;
  let cappedRun = 0;
  let longestCapped = 0;
  let run = 0;
  let longest = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (isExtension(profile.samples[i]!)) {
      total += ms;
      samples++;
      capped += Math.min(ms, CAP_MS);
      cappedRun += Math.min(ms, CAP_MS);
      longestCapped = Math.max(longestCapped, cappedRun);
      run += ms;
      longest = Math.max(longest, run);
    } else {
      run = 0;
      cappedRun = 0;
    }
  }
  return { totalMs: total, longestSliceMs: longest, cappedMs: capped, longestCappedMs: longestCapped, samples };
}

/** Self time (ms) per extension function (`name file:line`), highest first. */
export function extensionSelfTimes(profile: Profile, top = 25): Array<[string, number]> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const frame = byId.get(profile.samples[i]!)?.callFrame;
    if (!frame?.url.startsWith('chrome-extension://')) continue;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(3).join('/')}:${(frame.lineNumber ?? 0) + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
}

let profileDir: string | undefined;

async function oneScroll(extensionDir: string, port: number, hosts: string[], name = 'run') {
  const browser = await launchDemoBrowser({ port, hosts, headless: true, extensionDir });
  try {
    const page = await browser.context.newPage();
    await page.route(FEED_PAGE, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body><h1>Feed</h1></body></html>' }),
    );
    await page.goto(FEED_PAGE);
    await page.waitForTimeout(500);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.evaluate(SCROLL);
    await page.waitForTimeout(500);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    if (profileDir) {
      writeFileSync(join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
      console.error(
        name,
        extensionSelfTimes(profile)
          .map(([key, ms]) => `${ms.toFixed(1).padStart(6)} ${key}`)
          .join('\n  '),
      );
    }
    return extensionTime(profile);
  } finally {
    await browser.close();
  }
}

export interface ScrollCost {
  content_eager_gz_bytes: number;
  scroll_added_js_ms: number;
  scroll_longest_slice_ms: number;
  /** Median of the runs' `cappedMs` (see `extensionTime`); not a summary key. */
  scroll_added_js_capped_ms?: number;
  /** Median of the runs' `longestCappedMs`; not a summary key. */
  scroll_longest_slice_capped_ms?: number;
  /** Median count of profile samples in extension frames (200 µs apart); not a summary key. */
  scroll_samples?: number;
  runs: Array<{ js: number; slice: number; capped?: number; cappedSlice?: number; samples?: number }>;
}

export async function benchContentSplit(
  builds: Record<string, string>,
  runs = 3,
): Promise<Record<string, ScrollCost> | { skipped: string }> {
  if (!chromiumInstalled()) return { skipped: 'no /usr/bin/chromium' };
  const server = await startDemoServer();
  try {
    const labels = Object.keys(builds);
    const samples = new Map(labels.map((label) => [label, [] as Array<ReturnType<typeof extensionTime>>]));
    for (let round = 0; round < runs; round++) {
      for (const label of labels.map((_, i) => labels[(i + round) % labels.length]!))
        samples.get(label)!.push(await oneScroll(builds[label]!, server.port, server.hosts, `${label}-${round}`));
    }
    return Object.fromEntries(
      labels.map((label) => {
        const s = samples.get(label)!;
        return [
          label,
          {
            content_eager_gz_bytes: eagerGzBytes(builds[label]!),
            scroll_added_js_ms: Math.round(median(s.map((r) => r.totalMs))),
            scroll_longest_slice_ms: Math.round(median(s.map((r) => r.longestSliceMs)) * 10) / 10,
            scroll_added_js_capped_ms: Math.round(median(s.map((r) => r.cappedMs))),
            scroll_longest_slice_capped_ms: Math.round(median(s.map((r) => r.longestCappedMs)) * 10) / 10,
            scroll_samples: median(s.map((r) => r.samples)),
            runs: s.map((r) => ({
              js: Math.round(r.totalMs),
              slice: Math.round(r.longestSliceMs * 10) / 10,
              capped: Math.round(r.cappedMs),
              cappedSlice: Math.round(r.longestCappedMs * 10) / 10,
              samples: r.samples,
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
  const profilesAt = args.indexOf('--profiles');
  if (profilesAt >= 0) {
    profileDir = args[profilesAt + 1]!;
    mkdirSync(profileDir, { recursive: true });
  }
  const builds = Object.fromEntries(args.filter((a) => a.includes('=')).map((a) => a.split('=') as [string, string]));
  if (Object.keys(builds).length === 0) builds.current = '.output/chrome-mv3-e2e';
  console.log(JSON.stringify(await benchContentSplit(builds, runs), null, 2));
}
