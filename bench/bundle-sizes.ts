import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzBytes = (file: string) => gzipSync(readFileSync(file)).length;

/** Built bundle sizes per entrypoint (run after `wxt build`). */
export function bundleSizes(dir = '.output/chrome-mv3') {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css|html)$/.test(name)) files.push(path);
    }
  };
  walk(dir);
  return files.map((file) => {
    const bytes = readFileSync(file);
    return { file: relative(dir, file), kB: +(bytes.length / 1024).toFixed(1), gzipKB: +(gzipSync(bytes).length / 1024).toFixed(1) };
  });
}

export interface BuildSizes {
  /** What every page loads: the manifest's content scripts and styles, gzipped, summed. */
  contentEagerGzBytes: number;
  /** The service worker and the chunks it imports statically (the JSON-LD stack among them). */
  backgroundGzBytes: number;
}

/** A module and what it imports statically (`import … from "./x.js"`, `import "./x.js"`), each once. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g))
    staticClosure(join(dirname(file), match[1]!), seen);
  return seen;
}

export function buildSizes(dir = '.output/chrome-mv3'): BuildSizes | undefined {
  if (!existsSync(join(dir, 'manifest.json'))) return undefined;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  };
  const eager = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]).map((f) => join(dir, f));
  const worker = manifest.background?.service_worker;
  const background = worker ? [...staticClosure(join(dir, worker))] : [];
  const sum = (files: string[]) => files.reduce((total, f) => total + gzBytes(f), 0);
  return { contentEagerGzBytes: sum(eager), backgroundGzBytes: sum(background) };
}
