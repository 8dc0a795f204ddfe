import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { median, percentile } from './stats';

const FILE = 'tests/fixtures/vectors/dcc/verifier-core_v2OBv3SpecExample.json';

type PageBench = (credentialText: string, rounds: number) => Promise<{ ours: number[]; peer: number[] }>;

/**
 * Warm Data Integrity (eddsa-rdfc-2022, did:key) in headless Chromium: our pipeline and
 * @digitalcredentials/verifier-core bundled into one page (bench/di-chromium-entry.ts), interleaved
 * rounds, both offline; the ratio is the median of per-round ratios, as in Node (bench/interleave.ts).
 */
export async function benchDataIntegrityChromium(rounds = 300) {
  if (!existsSync('/usr/bin/chromium')) return { skipped: 'no /usr/bin/chromium' };
  const bundle = await build({
    entryPoints: ['bench/di-chromium-entry.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'error',
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    // A secure origin: WebCrypto's subtle API exists only there.
    await page.route('**/*', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>DI bench</title>' }),
    );
    await page.goto('https://bench.example.net/');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    // BADGE_LENS_CPU_PROFILE=file.cpuprofile: a CPU profile of the page while it runs (open in DevTools).
    const profileTo = process.env.BADGE_LENS_CPU_PROFILE;
    const cdp = profileTo ? await page.context().newCDPSession(page) : undefined;
    await cdp?.send('Profiler.enable');
    await cdp?.send('Profiler.start');
    const { ours, peer } = await page.evaluate(
      ([text, n]) => (globalThis as unknown as { badgeLensDiBench: PageBench }).badgeLensDiBench(text, n),
      [readFileSync(FILE, 'utf8'), rounds] as const,
    );
    if (cdp && profileTo) writeFileSync(profileTo, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    return {
      rounds,
      oursMedianMs: median(ours),
      oursP95Ms: percentile(ours, 95),
      peerMedianMs: median(peer),
      peerP95Ms: percentile(peer, 95),
      ratio: median(ours.map((t, i) => t / peer[i]!)),
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchDataIntegrityChromium(Number(process.argv[2] ?? 300)));
