import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { median } from './stats';

const FIRST_DI = 'tests/fixtures/vectors/dcc/verifier-core_v2OBv3SpecExample.json';
const GENERATED = 'tests/fixtures/generated/badges';
/** Prints the process's peak resident set size (kB) on exit, without touching the CLI. */
const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`;

/** Runs the CLI as `npm run verify` does (through tsx), offline; wall time from spawn to exit and peak RSS. */
function runCli(inputs: string[]): Promise<{ ms: number; rssMB: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--import', REPORT_RSS, 'scripts/cli/main.ts', '--offline', '--json', ...inputs],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const kB = Number(/maxrss (\d+)/.exec(stderr)?.[1] ?? NaN);
      resolve({ ms: performance.now() - start, rssMB: kB / 1024, code });
    });
  });
}

/**
 * The CLI from a cold start: process start → the result of one Data Integrity credential (did:key,
 * nothing fetched), median of several fresh processes; and peak RSS for 1,000 inputs, offline, cycling
 * over the generated badges and that credential.
 */
export async function benchCli(runs = 5) {
  const first: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runCli([FIRST_DI]);
    if (run.code !== 0) throw new Error(`bench: the CLI did not verify ${FIRST_DI} (exit ${run.code})`);
    first.push(run.ms);
  }
  const pool = [FIRST_DI, ...readdirSync(GENERATED).map((f) => `${GENERATED}/${f}`)];
  const thousand = Array.from({ length: 1000 }, (_, i) => pool[i % pool.length]!);
  const big = await runCli(thousand);
  return { firstDiMedianMs: median(first), firstDiRuns: first, inputs: thousand.length, rss1000MB: big.rssMB, ms1000: big.ms };
}
