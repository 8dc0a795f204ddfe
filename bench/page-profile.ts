/**
 * Where the 200-badge page's time goes: CPU profiles (CDP `Profiler`, 100 µs sampling) of the
 * extension's service worker and of the page's renderer while the twenty-issuer page loads to its last
 * verdict. Writes `<dir>/worker.cpuprofile` and `<dir>/page.cpuprofile` (open them in Chrome DevTools)
 * and prints the heaviest functions by self time and the worker's longest busy stretches.
 *
 *   npx tsx bench/page-profile.ts [extensionDir] [dir]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { launchDemoBrowser } from '../scripts/demo/browser';
import { startDemoServer } from '../scripts/demo/server';
import { WATCH, type PageRun } from './page-scale';
import { makeTwentyIssuerWorld, WORLD_PAGE_URL } from './twenty-issuers';

interface Socket {
  once(event: 'open' | 'error', listener: (error?: unknown) => void): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
  send(text: string): void;
  close(): void;
}
/** Playwright's bundled WebSocket client (Node 20 has none of its own). */
const { ws: WebSocket } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as { ws: new (url: string) => Socket };

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A CDP connection to one target over its DevTools WebSocket. */
async function connect(url: string) {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let id = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  const listeners = new Map<string, (params: unknown) => void>();
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as { id?: number; result?: unknown; method?: string; params?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
    else if (message.method) listeners.get(message.method)?.(message.params);
  });
  return {
    on(method: string, listener: (params: unknown) => void) {
      listeners.set(method, listener);
    },
    send<T>(method: string, params: object = {}): Promise<T> {
      const sent = ++id;
      socket.send(JSON.stringify({ id: sent, method, params }));
      return new Promise<T>((resolve) => waiting.set(sent, resolve as (r: unknown) => void));
    },
    close: () => socket.close(),
  };
}

/** Self time per function (ms), heaviest first, and the busy stretches (no idle sample between) over `minMs`. */
export function summarizeProfile(profile: CpuProfile, keep: (node: ProfileNode) => boolean = () => true) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const stretches: Array<{ atMs: number; ms: number }> = [];
  let at = 0;
  let busy = 0;
  let busyFrom = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(profile.samples[i]!)!;
    const name = node.callFrame.functionName || '(anonymous)';
    const idle = name === '(idle)';
    if (!idle && keep(node)) {
      const where = node.callFrame.url
        ? `${node.callFrame.url.replace(/^chrome-extension:\/\/[a-z]+/, '')}:${node.callFrame.lineNumber}`
        : '';
      const key = `${name} ${where}`.trim();
      self.set(key, (self.get(key) ?? 0) + ms);
    }
    if (idle) {
      if (busy > 0) stretches.push({ atMs: Math.round(busyFrom), ms: Math.round(busy * 10) / 10 });
      busy = 0;
    } else {
      if (busy === 0) busyFrom = at;
      busy += ms;
    }
    at += ms;
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return {
    totalMs: Math.round(total),
    wallMs: Math.round(at),
    top: [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([fn, ms]) => ({ fn: fn.slice(0, 110), ms: Math.round(ms * 10) / 10 })),
    longest: stretches.sort((a, b) => b.ms - a.ms).slice(0, 12),
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** Per thread (process id and thread name), the time in each kind of complete event, heaviest first. */
function summarizeTrace(events: TraceEvent[]) {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const perThread = new Map<string, Map<string, number>>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const thread = `${e.pid}:${names.get(`${e.pid}:${e.tid}`) ?? e.tid}`;
    const sums = perThread.get(thread) ?? new Map<string, number>();
    perThread.set(thread, sums);
    sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  }
  return [...perThread.entries()]
    .map(([thread, sums]) => ({
      thread,
      runTaskMs: Math.round(sums.get('RunTask') ?? 0),
      top: [...sums.entries()]
        .filter(([name]) => name !== 'RunTask')
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([name, ms]) => `${name} ${Math.round(ms)}`),
    }))
    .filter((t) => t.runTaskMs > 50)
    .sort((a, b) => b.runTaskMs - a.runTaskMs);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const extensionDir = process.argv[2] ?? '.output/chrome-mv3-e2e';
  const dir = process.argv[3] ?? '/tmp/badge-lens-page-profile';
  const debugPort = 9300 + Math.floor(Math.random() * 500);
  const server = await startDemoServer({ resources: await makeTwentyIssuerWorld() });
  const browser = await launchDemoBrowser({
    port: server.port,
    hosts: server.hosts,
    headless: true,
    extensionDir,
    extraArgs: [`--remote-debugging-port=${debugPort}`],
  });
  try {
    const targets = (await (await fetch(`http://127.0.0.1:${debugPort}/json/list`)).json()) as Array<{
      type: string;
      url: string;
      webSocketDebuggerUrl: string;
    }>;
    const target = targets.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!target) throw new Error('no service worker target');
    const worker = await connect(target.webSocketDebuggerUrl);
    const version = (await (await fetch(`http://127.0.0.1:${debugPort}/json/version`)).json()) as { webSocketDebuggerUrl: string };
    const tracer = await connect(version.webSocketDebuggerUrl);
    const events: TraceEvent[] = [];
    tracer.on('Tracing.dataCollected', (params) => events.push(...(params as { value: TraceEvent[] }).value));
    const traced = new Promise<void>((resolve) => tracer.on('Tracing.tracingComplete', () => resolve()));
    await tracer.send('Tracing.start', {
      // BADGE_LENS_TRACE_CATEGORIES adds categories (comma-separated), e.g. `toplevel,ipc,mojom` for the browser process.
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'blink',
          'v8',
          ...(process.env.BADGE_LENS_TRACE_CATEGORIES?.split(',').filter(Boolean) ?? []),
        ],
      },
      transferMode: 'ReportEvents',
    });
    const page = await browser.context.newPage();
    await page.route('https://cv.example.net/blank.html', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
    );
    await page.goto('https://cv.example.net/blank.html');
    const pageCdp = await browser.context.newCDPSession(page);
    for (const cdp of [worker, pageCdp] as Array<{ send(method: string, params?: object): Promise<unknown> }>) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await page.addInitScript(WATCH);
    await page.goto(WORLD_PAGE_URL);
    await page.waitForFunction('window.__pageScale && window.__pageScale.all > 0', undefined, { timeout: 60_000, polling: 100 });
    const marks = (await page.evaluate('window.__pageScale')) as PageRun;
    await tracer.send('Tracing.end');
    await traced;
    writeFileSync(join(dir, 'trace.json'), JSON.stringify({ traceEvents: events }));
    console.log(JSON.stringify(summarizeTrace(events)));
    const { profile: workerProfile } = await worker.send<{ profile: CpuProfile }>('Profiler.stop');
    const { profile: pageProfile } = (await pageCdp.send('Profiler.stop')) as { profile: CpuProfile };
    writeFileSync(join(dir, 'worker.cpuprofile'), JSON.stringify(workerProfile));
    writeFileSync(join(dir, 'page.cpuprofile'), JSON.stringify(pageProfile));
    const requests = server.requests();
    const byKind: Record<string, number> = {};
    for (const r of requests) {
      const kind = new URL(r.url).pathname.replace(/\d+/g, 'N');
      byKind[kind] = (byKind[kind] ?? 0) + 1;
    }
    console.log(JSON.stringify({ requests: requests.length, byKind }));
    console.log(JSON.stringify({ marks, worker: summarizeProfile(workerProfile), page: summarizeProfile(pageProfile) }, null, 1));
    worker.close();
  } finally {
    await browser.close();
    await server.close();
  }
}
