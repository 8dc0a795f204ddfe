import { readdirSync, readFileSync } from 'node:fs';

/** Linux clock ticks per second for `/proc/<pid>/stat` times (`getconf CLK_TCK`; 100 on every common kernel). */
const TICKS_PER_SECOND = 100;

interface ProcessCpu {
  ppid: number;
  /** user + system CPU time so far, ms. */
  cpuMs: number;
  /** Chromium's `--type=` (renderer, gpu-process, utility, …), `extension` for the extension's renderer, `browser` for the main process, '' for others. */
  type: string;
}

function readProcess(pid: number): ProcessCpu | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: state ppid … utime (14th) stime (15th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Chromium rewrites its command line into one space-separated string, so it is searched as text.
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    const chromium = /chrom/i.test(cmdline.split(' ')[0] ?? '');
    const declared = / --type=([\w-]+)/.exec(cmdline)?.[1] ?? (chromium ? 'browser' : '');
    // The extension's own process (service worker, offscreen document) is a renderer too.
    const type = declared === 'renderer' && cmdline.includes('--extension-process') ? 'extension' : declared;
    return { ppid: Number(fields[1]), cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND, type };
  } catch {
    return undefined;
  }
}

/**
 * CPU time used so far by every process descending from this one (the browsers Playwright started),
 * by Chromium process type. Unlike wall-clock times it hardly moves with the machine's load, so two
 * builds compare fairly on a busy machine; the resolution is one clock tick (10 ms) per process.
 */
export function descendantCpuMs(root = process.pid): Record<string, number> {
  const all = new Map<number, ProcessCpu>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const info = readProcess(Number(entry));
    if (info) all.set(Number(entry), info);
  }
  const isDescendant = (pid: number): boolean => {
    for (let at = all.get(pid)?.ppid, hops = 0; at !== undefined && hops < 64; at = all.get(at)?.ppid, hops++) if (at === root) return true;
    return false;
  };
  const byType: Record<string, number> = {};
  for (const [pid, info] of all) {
    if (!info.type || !isDescendant(pid)) continue;
    byType[info.type] = (byType[info.type] ?? 0) + info.cpuMs;
  }
  return byType;
}

/** What each process type used between two `descendantCpuMs` readings, and `total`. */
export function cpuSince(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const used: Record<string, number> = {};
  for (const [type, ms] of Object.entries(after)) used[type] = Math.round(ms - (before[type] ?? 0));
  used.total = Object.values(used).reduce((a, b) => a + b, 0);
  return used;
}
