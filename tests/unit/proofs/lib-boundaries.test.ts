import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIRS = ['lib/keys', 'lib/proofs', 'lib/status', 'lib/jsonld', 'lib/formats/ob3', 'lib/formats/clr2'];
const files = DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f))).filter((f) => statSync(f).isFile());
const source = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

describe('OB 3.0 / CLR core stays platform-neutral and loads JSON-LD lazily', () => {
  it.each(files)('%s uses no Node, DOM or extension API', (file) => {
    const text = source(file);
    for (const forbidden of [/from ['"]node:/, /\bBuffer\b/, /\bDOMParser\b/, /\bdocument\./, /\bwindow\./, /\bbrowser\./, /\bchrome\./, /\brequire\(/]) {
      expect(text).not.toMatch(forbidden);
    }
  });

  it('only lib/jsonld/canonize.ts imports jsonld or rdf-canonize, and only through import()', () => {
    const all = readdirSync('lib', { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join('lib', f));
    const heavy = all.filter((f) => /from ['"](jsonld|rdf-canonize)['"]/.test(source(f)));
    expect(heavy).toEqual(['lib/jsonld/canonize.ts']);
    const importers = all.filter((f) => /['"]\.\/canonize['"]|jsonld\/canonize['"]/.test(source(f)));
    expect(importers).toEqual(['lib/jsonld/load.ts']);
    expect(all.filter((f) => /bundled-contexts['"]/.test(source(f)))).toEqual(['lib/jsonld/canonize.ts']);
    expect(source('lib/jsonld/load.ts')).toMatch(/await import\('\.\/canonize'\)/);
    expect(source('lib/jsonld/load.ts')).not.toMatch(/^import [^t].*canonize/m);
  });
});
