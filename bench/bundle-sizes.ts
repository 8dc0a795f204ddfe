import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

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
