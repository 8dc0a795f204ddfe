/**
 * What each source module weighs in the eager content script: run `BL_SOURCEMAP=1 npx wxt build`
 * first (wxt.config.ts then writes source maps), then `npx tsx bench/eager-weights.ts`. Each module's
 * generated text is gzipped on its own and the figures scaled to the file's real gzip size, so they
 * add up to it (an estimate: gzip shares repeats across modules).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const file = process.argv[2] ?? '.output/chrome-mv3/content-scan.js';
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
const marks = mappingStarts(map.mappings, code).map(([at, source]): [number, string] => [at, map.sources[source] ?? '(generated)']);
marks.sort((a, b) => a[0] - b[0]);
const textOf = new Map<string, string>();
marks.forEach(([start, source], i) => {
  textOf.set(source, (textOf.get(source) ?? '') + code.slice(start, marks[i + 1]?.[0] ?? code.length));
});
const total = gzipSync(code).length;
const rows = [...textOf].map(([source, text]) => ({
  module: source.replace(/^(\.\.\/)+/, ''),
  raw: text.length,
  gz: gzipSync(text).length,
}));
const gzSum = rows.reduce((sum, row) => sum + row.gz, 0);
for (const row of rows.sort((a, b) => b.gz - a.gz))
  console.log(`${String(Math.round((row.gz * total) / gzSum)).padStart(6)} B gz ${String(row.raw).padStart(7)} B  ${row.module}`);
console.log(`${String(total).padStart(6)} B gz ${String(code.length).padStart(7)} B  ${file}`);

/** Where each mapped segment of `code` starts, and its source's index (the source map's VLQ `mappings`). */
function mappingStarts(mappings: string, text: string): Array<[number, number]> {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const starts: Array<[number, number]> = [];
  let lineStart = 0;
  let source = 0;
  for (const line of mappings.split(';')) {
    let column = 0;
    for (const segment of line.split(',').filter(Boolean)) {
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = digits.indexOf(char);
        value += (digit & 31) << shift;
        shift += 5;
        if (digit & 32) continue;
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
      column += fields[0] ?? 0;
      if (fields.length > 1) source += fields[1]!;
      starts.push([lineStart + column, fields.length > 1 ? source : -1]);
    }
    const next = text.indexOf('\n', lineStart);
    lineStart = next < 0 ? text.length : next + 1;
  }
  return starts;
}
