/**
 * What the worker's start costs, from Chromium's startup trace: the compile and the evaluation of
 * background.js (V8's `v8.compileModule` + `v8.evaluateModule`, their chunks included) at the first start
 * (install, no code cache) and at a wake-up (the worker stopped, then started by a page's message), for
 * builds interleaved. Thread time on a loaded machine still varies; it does not depend on the page.
 * usage: npx tsx bench/cold-worker-start.ts <built extension dir> <another> …   (ROUNDS=5)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchDemoBrowser } from '../scripts/demo/browser';
import { startDemoServer } from '../scripts/demo/server';
import { median } from './stats';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string } };
}

type DemoServer = Awaited<ReturnType<typeof startDemoServer>>;

/** Milliseconds of module compile + evaluation on the worker's thread, per start (in order). */
export function workerStarts(events: readonly TraceEvent[]): number[] {
  const workerThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name?.includes('ServiceWorker'))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const starts: number[] = [];
  let current = 0;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ph !== 'X' || !workerThreads.has(`${e.pid}:${e.tid}`)) continue;
    if (e.name === 'v8.compileModule' && e.args?.data?.url?.endsWith('/background.js')) {
      if (current > 0) starts.push(current);
      current = 0;
    }
    if (e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule') current += (e.dur ?? 0) / 1000;
  }
  if (current > 0) starts.push(current);
  return starts;
}

async function tracedRun(server: DemoServer, extensionDir: string): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'worker-start-'));
  const file = join(dir, 'trace.json');
  const browser = await launchDemoBrowser({
    port: server.port,
    hosts: server.hosts,
    headless: true,
    extensionDir,
    extraArgs: [
      '--trace-startup=v8,devtools.timeline',
      `--trace-startup-file=${file}`,
      '--trace-startup-duration=0',
      '--trace-startup-format=json',
    ],
  });
  try {
    const page = await browser.context.newPage();
    if (browser.context.serviceWorkers().length === 0) await browser.context.waitForEvent('serviceworker', { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 1_000));
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const jwt = readFileSync('tests/fixtures/generated/badges/ob3-jwt-eddsa-did-key.jwt', 'utf8');
    const url = 'https://test.example.net/bench-worker-start.html';
    await browser.context.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><main><script type="application/vc+jwt">${jwt}</script></main>` }),
    );
    await page.goto(url);
    await page.locator('[data-badge-lens-status="verified"]').waitFor({ timeout: 30_000 });
  } finally {
    await browser.close();
  }
  const text = readFileSync(file, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  const parsed = JSON.parse(
    text
      .trimEnd()
      .replace(/,?\s*$/, '')
      .replace(/^(?!\{|\[)/, '['),
  ) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return workerStarts(Array.isArray(parsed) ? parsed : parsed.traceEvents);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2).map((d) => resolve(d));
  const rounds = Number(process.env.ROUNDS ?? 5);
  const server = await startDemoServer();
  const runs = dirs.map(() => ({ first: [] as number[], wake: [] as number[] }));
  try {
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < dirs.length; i++) {
        const b = (i + round) % dirs.length;
        // A run the browser ends early (a crash under load) is run again, once.
        const [first, wake] = await tracedRun(server, dirs[b]!).catch(() => tracedRun(server, dirs[b]!));
        if (first !== undefined) runs[b]!.first.push(Math.round(first * 10) / 10);
        if (wake !== undefined) runs[b]!.wake.push(Math.round(wake * 10) / 10);
      }
    }
  } finally {
    await server.close();
  }
  for (const [b, dir] of dirs.entries()) {
    const { first, wake } = runs[b]!;
    console.log(JSON.stringify({ build: dir, firstStartMedianMs: median(first), wakeStartMedianMs: median(wake), first, wake }));
  }
}
