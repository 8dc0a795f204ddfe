/**
 * npm run bench: measures, side by side in one run, and writes bench/results.json with issue 9's
 * `summary` (bench/summary.ts; bench/README.md says how each figure is measured).
 * Performance is measured here, never asserted by timed tests.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { buildSizes, bundleSizes } from './bundle-sizes';
import { benchCli } from './cli-cold';
import { benchColdChromium } from './cold-chromium';
import { benchContentSplit } from './content-split';
import { benchPageScale } from './page-scale';
import { benchScan } from './scan-chromium';
import { summarize } from './summary';
import { benchUnbake } from './unbake';
import { benchDataIntegrityChromium } from './di-chromium';
import { benchDataIntegrity } from './verify-di';
import { benchVerify } from './verify-latency';

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

console.log('Unbaking PNGs (badge chunk after large image data) …');
const unbake = await benchUnbake();
console.table(
  unbake.map((r) => ({
    'size MiB': r.sizeMiB,
    'ours MB/s': fmt(r.oursMBps),
    'openbadges-bakery MB/s': fmt(r.bakeryMBps),
    ratio: `${fmt(r.oursMBps / r.bakeryMBps)}×`,
  })),
);

console.log('Verification latency, warm cache, 200 runs each …');
const verify = await benchVerify();
console.table(verify.map((r) => ({ format: r.format, 'median ms': fmt(r.medianMs), 'p95 ms': fmt(r.p95Ms) })));

console.log(
  'Data Integrity verification, warm, interleaved with @digitalcredentials/verifier-core (and our pipeline over stock jsonld.js) …',
);
const dataIntegrity = await benchDataIntegrity();
console.table(
  dataIntegrity.map((r) => ({
    suite: r.suite,
    'ours median ms': fmt(r.oursMedianMs),
    'ours p95': fmt(r.oursP95Ms),
    'ours, stock jsonld ms': fmt(r.stockJsonLdMedianMs),
    'verifier-core median ms': fmt(r.peerMedianMs),
    'verifier-core p95': fmt(r.peerP95Ms),
    'ours ÷ peer (paired median)': `${fmt(r.ratio)}×`,
    'ours ÷ stock jsonld': `${fmt(r.stockRatio)}×`,
  })),
);

console.log('Data Integrity verification, warm, in headless Chromium: ours and verifier-core bundled into one page, interleaved …');
const dataIntegrityChromium = await benchDataIntegrityChromium();
console.table([
  'skipped' in dataIntegrityChromium
    ? dataIntegrityChromium
    : {
        suite: 'eddsa-rdfc-2022 (did:key)',
        'ours median ms': fmt(dataIntegrityChromium.oursMedianMs),
        'verifier-core median ms': fmt(dataIntegrityChromium.peerMedianMs),
        'ours ÷ peer (paired median)': `${fmt(dataIntegrityChromium.ratio)}×`,
      },
]);

console.log('Content-script scan in Chromium …');
const scan = await benchScan();
console.table([
  'skipped' in scan
    ? scan
    : {
        elements: scan.elements,
        images: scan.images,
        candidates: scan.candidates,
        'scan median ms': fmt(scan.scanMedianMs),
        'scan max ms': fmt(scan.scanMaxMs),
        'longest main-thread task ms (>50 counted)': fmt(scan.longestTaskMs),
      },
]);

console.log('Building the extension for bundle sizes and the cold start …');
const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
const bundles = built.status === 0 ? bundleSizes() : [];
const sizes = built.status === 0 ? buildSizes() : undefined;
console.table(bundles);

console.log('Cold start in Chromium, fresh profile per run: page → verdict …');
const cold = built.status === 0 ? await benchColdChromium() : { skipped: 'the extension did not build' };
console.table([
  'skipped' in cold
    ? cold
    : { 'DI did:key median ms': fmt(cold.diDidKeyMedianMs), 'VC-JWT did:key median ms': fmt(cold.jwtMedianMs), runs: cold.runs },
]);
// Not summary keys: how much of the cold figure is the browser's own launch (bench/README.md, eleventh round).
console.log('The same, the page opened 2 s after launch: the worker still up from launch, then stopped first (as after 30 s idle) …');
const settled =
  built.status === 0
    ? {
        workerUp: await benchColdChromium(5, undefined, { settleMs: 2000, workerAsleep: false }),
        workerAsleep: await benchColdChromium(5, undefined, { settleMs: 2000, workerAsleep: true }),
      }
    : { skipped: 'the extension did not build' };
console.table(
  'skipped' in settled
    ? [settled]
    : Object.entries(settled).map(([worker, r]) =>
        'skipped' in r
          ? { worker, ...r }
          : { worker, 'DI did:key median ms': fmt(r.diDidKeyMedianMs), 'VC-JWT did:key median ms': fmt(r.jwtMedianMs) },
      ),
);

console.log('A profile page with 200 badges from 20 issuers, fresh profile per run: page → first chip, → all verdicts …');
const pageScale =
  built.status === 0
    ? await benchPageScale({ current: '.output/chrome-mv3', 'no extension': '' }, 3)
    : { skipped: 'the extension did not build' };
const page = 'skipped' in pageScale ? undefined : pageScale.current;
const pageAlone = 'skipped' in pageScale ? undefined : pageScale['no extension'];
console.table(
  page
    ? page.runs.map((r) => ({
        'first chip ms': r.first,
        'all verdicts ms': r.all,
        'page load event ms': r.loadEvent,
        chips: r.chips,
        verified: r.statuses.verified ?? 0,
      }))
    : [pageScale],
);
if (pageAlone) console.log(`The same page with no extension: load event at ${pageAlone.load_event_ms} ms (median; the floor)`);
// Not summary keys: the same page once the browser's own launch is over (bench/README.md, eleventh round).
const pageSettledScale =
  built.status === 0 ? await benchPageScale({ current: '.output/chrome-mv3' }, 3, 2000) : { skipped: 'the extension did not build' };
const pageSettled = 'skipped' in pageSettledScale ? undefined : pageSettledScale.current;
console.log(
  pageSettled
    ? `The same page opened 2 s after launch: all verdicts ${pageSettled.page_200_all_verdicts_ms} ms, first chip ${pageSettled.page_200_first_chip_ms} ms (medians of 3)`
    : `The same page opened 2 s after launch: ${JSON.stringify(pageSettledScale)}`,
);

console.log('Infinite scroll (50 elements every 100 ms for 10 s), fresh profile per run: extension JS in the page …');
const scrollCost =
  built.status === 0 ? await benchContentSplit({ current: '.output/chrome-mv3' }, 3) : { skipped: 'the extension did not build' };
const scroll = 'skipped' in scrollCost ? undefined : scrollCost.current;
console.table(scroll ? scroll.runs.map((r) => ({ 'extension JS ms': r.js, 'longest slice ms': r.slice })) : [scrollCost]);

console.log('CLI from a cold start (the bundled bin, as installed: npm run build:cli first) …');
const cli = await benchCli().catch((e: unknown) => {
  console.error(`CLI bench failed: ${e instanceof Error ? e.message : String(e)}`);
  return undefined;
});
if (cli)
  console.table([
    {
      'first DI result ms (median)': fmt(cli.firstDiMedianMs),
      'node -e 0 ms (median, the floor)': fmt(cli.bareNodeMedianMs),
      inputs: cli.inputs,
      'peak RSS MB': fmt(cli.rss1000MB),
      'total ms': fmt(cli.ms1000),
    },
  ]);

const summary = summarize({ unbake, verify, dataIntegrity, dataIntegrityChromium, scan, cold, sizes, cli, page, scroll });
console.log('Summary (issue 9):');
console.table(summary);

writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ when: new Date().toISOString(), unbake, verify, dataIntegrity, dataIntegrityChromium, scan, bundles, cold, coldSettled: settled, page, pageSettled: pageSettled ?? pageSettledScale, scroll, cli, summary }, null, 2)}\n`,
);
console.log('Wrote bench/results.json');
