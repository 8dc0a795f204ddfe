/**
 * Measures the CLI as a user runs it (docs/SPEC.md §7: measured, never asserted by time):
 *   first Data Integrity result from a cold start, and 1,000 badges in one run (peak RSS, first result).
 * usage: tsx scripts/cli/measure.ts [--source]   (--source: through tsx instead of the bundle)
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PEAK_RSS_KB_EXPRESSION } from './peak-rss';

const GENERATED = 'tests/fixtures/generated';
const DI_BADGE = `${GENERATED}/badges/ob3-rdfc-did-key.json`;
/** A mix of what issuers publish: hosted and signed OB 2.0, OB 3.0 Data Integrity and JWT, CLR. */
const MIX = [
  'hosted-valid.png',
  'signed-valid.png',
  'ob3-rdfc-did-key.json',
  'ob3-jwt-eddsa-did-key.jwt',
  'clr-valid.json',
  'signed-revoked.png',
  'hosted-valid.svg',
];
const HOSTS = ['badges.example-university.org', 'www.old-badges.example.com'];
/** Reports the child's peak RSS (kB) and CPU time (µs) into the file named by the environment. */
const USAGE_HOOK = `data:text/javascript,import{readFileSync,writeFileSync}from"node:fs";process.on("exit",()=>{const u=process.resourceUsage();writeFileSync(process.env.BADGE_LENS_USAGE_FILE,JSON.stringify([${PEAK_RSS_KB_EXPRESSION},u.userCPUTime+u.systemCPUTime]))})`;

interface Run {
  firstOutputMs: number;
  totalMs: number;
  stdout: string;
  code: number;
  maxRssKb: number;
  cpuMs: number;
}

function launch(source: boolean): string[] {
  return source ? ['--import', 'tsx', 'scripts/cli/main.ts'] : ['scripts/cli/badge-lens.cjs'];
}

function run(nodeArgs: string[], args: string[]): Promise<Run> {
  const usageFile = join(mkdtempSync(join(tmpdir(), 'badge-lens-usage-')), 'usage.json');
  const started = performance.now();
  const env = { ...process.env, BADGE_LENS_USAGE_FILE: usageFile };
  const child = spawn(process.execPath, ['--import', USAGE_HOOK, ...nodeArgs, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env });
  let firstOutputMs = Number.NaN;
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    if (Number.isNaN(firstOutputMs)) firstOutputMs = performance.now() - started;
    stdout += chunk.toString();
  });
  return new Promise((resolve) =>
    child.on('close', (code) => {
      const [maxRssKb, cpuMicros] = JSON.parse(readFileSync(usageFile, 'utf8')) as [number, number];
      rmSync(dirname(usageFile), { recursive: true, force: true });
      resolve({ firstOutputMs, totalMs: performance.now() - started, stdout, code: code ?? -1, maxRssKb, cpuMs: cpuMicros / 1000 });
    }),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Cold start to the first Data Integrity verdict, a fresh process each time; the median of seven. */
export async function coldFirstDi(source: boolean): Promise<{ ms: number; cpuMs: number }> {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 7; i++) {
    const { firstOutputMs, stdout, cpuMs } = await run(launch(source), ['--json', '--offline', DI_BADGE]);
    if (!stdout.includes('"ob3-di"')) throw new Error(`no Data Integrity result: ${stdout.slice(0, 200)}`);
    times.push(firstOutputMs);
    cpu.push(cpuMs);
  }
  return { ms: median(times), cpuMs: median(cpu) };
}

/** 1,000 badges from the demo issuers (served on loopback through --map), one run; peak RSS and timings. */
export async function thousandBadges(source: boolean, streaming = true): Promise<Run & { results: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'badge-lens-1000-'));
  const server = createServer((req, res) => {
    try {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(readFileSync(`${GENERATED}/site${decodeURIComponent(req.url ?? '/')}`));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const port = (server.address() as AddressInfo).port;
    const files = Array.from({ length: 1000 }, (_, i) => {
      const name = MIX[i % MIX.length]!;
      const file = join(dir, `${String(i).padStart(4, '0')}-${name}`);
      copyFileSync(`${GENERATED}/badges/${name}`, file);
      return file;
    });
    writeFileSync(join(dir, 'inputs.txt'), `${files.join('\n')}\n`);
    const maps = HOSTS.flatMap((host) => ['--map', `https://${host}/=http://127.0.0.1:${port}/${host}/`]);
    const inputs = streaming ? ['--jsonl', '--inputs', join(dir, 'inputs.txt')] : ['--json', ...files];
    const result = await run(launch(source), [...maps, '--now', '2025-01-01T00:00:00Z', ...inputs]);
    const results = streaming
      ? result.stdout.split('\n').filter(Boolean).length
      : (JSON.parse(result.stdout) as { results: unknown[] }).results.length;
    return { ...result, results };
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = process.argv.includes('--source');
  const streaming = !process.argv.includes('--whole');
  const cold = await coldFirstDi(source);
  const many = await thousandBadges(source, streaming);
  const report = {
    cli_first_di_ms: Math.round(cold.ms),
    cli_first_di_cpu_ms: Math.round(cold.cpuMs),
    cli_rss_1000_mb: Math.round(many.maxRssKb / 1024),
    first_of_1000_ms: Math.round(many.firstOutputMs),
    all_1000_ms: Math.round(many.totalMs),
    all_1000_cpu_ms: Math.round(many.cpuMs),
    results_1000: many.results,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
