import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { buildCli } from '../scripts/cli/build';
import { PEAK_RSS_KB_EXPRESSION } from '../scripts/cli/peak-rss';
import { median } from './stats';

const FIRST_DI = 'tests/fixtures/vectors/dcc/verifier-core_v2OBv3SpecExample.json';
const GENERATED = 'tests/fixtures/generated/badges';
/** Prints the process's own peak resident set size (kB) on exit, without touching the CLI. */
export const REPORT_PEAK_RSS = `data:text/javascript,import{readFileSync}from'node:fs';process.on('exit',()=>process.stderr.write('maxrss '+${PEAK_RSS_KB_EXPRESSION}+'\\n'))`;

/** What the package's `bin` runs: scripts/cli/badge-lens.cjs, which starts the bundle in dist/cli/. */
const BIN = 'scripts/cli/badge-lens.cjs';

/**
 * Runs `node <args>`, offline: wall time from spawn to exit, and with `peakRss` the peak RSS (NaN
 * without). The hook that reports it starts Node's ES module loader, which the bin alone does not, so
 * timed runs go without it.
 */
export function runNode(args: string[], { peakRss = false } = {}): Promise<{ ms: number; rssMB: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, peakRss ? ['--import', REPORT_PEAK_RSS, ...args] : args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, BADGE_LENS_FROM_SOURCE: '' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const kB = Number(/maxrss (\d+)/.exec(stderr)?.[1] ?? NaN);
      resolve({ ms: performance.now() - start, rssMB: kB / 1024, code });
    });
  });
}

const runCli = (inputs: string[], options?: { peakRss: boolean }) => runNode([BIN, '--offline', '--json', ...inputs], options);

/**
 * The CLI as installed (the bundled `bin`, built first) from a cold start: process start → the result
 * of one Data Integrity credential (did:key, nothing fetched), median of several fresh processes, each
 * run next to a bare `node -e 0` (the floor: Node's own start on this machine at that moment); and peak
 * RSS for 1,000 inputs, offline, cycling over the generated badges and that credential.
 */
export async function benchCli(runs = 7) {
  await buildCli();
  const first: number[] = [];
  const bareNode: number[] = [];
  for (let i = 0; i < runs; i++) {
    bareNode.push((await runNode(['-e', '0'])).ms);
    const run = await runCli([FIRST_DI]);
    if (run.code !== 0) throw new Error(`bench: the CLI did not verify ${FIRST_DI} (exit ${run.code})`);
    first.push(run.ms);
  }
  const pool = [FIRST_DI, ...readdirSync(GENERATED).map((f) => `${GENERATED}/${f}`)];
  const thousand = Array.from({ length: 1000 }, (_, i) => pool[i % pool.length]!);
  const big = await runCli(thousand, { peakRss: true });
  return {
    firstDiMedianMs: median(first),
    firstDiRuns: first,
    bareNodeMedianMs: median(bareNode),
    inputs: thousand.length,
    rss1000MB: big.rssMB,
    ms1000: big.ms,
  };
}
