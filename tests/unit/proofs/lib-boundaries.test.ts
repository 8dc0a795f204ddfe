import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const source = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

/** Platform neutrality of all of lib/ is tests/unit/lib-purity.test.ts; this is the JSON-LD stack's own boundary. */
describe('the JSON-LD stack has two doors', () => {
  it('only lib/jsonld/canonize.ts imports jsonld or rdf-canonize; the CLI reaches it through import() (load.ts), the extension worker statically (static-tools.ts)', () => {
    const all = readdirSync('lib', { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join('lib', f));
    const heavy = all.filter((f) => /from ['"](jsonld|rdf-canonize)['"]/.test(source(f)));
    expect(heavy).toEqual(['lib/jsonld/canonize.ts']);
    const importers = all.filter((f) => /['"]\.\/canonize['"]|jsonld\/canonize['"]/.test(source(f)));
    expect(importers).toEqual(['lib/jsonld/load.ts', 'lib/jsonld/static-tools.ts']);
    expect(all.filter((f) => /bundled-contexts['"]/.test(source(f)))).toEqual(['lib/jsonld/canonize.ts']);
    expect(source('lib/jsonld/load.ts')).toMatch(/await import\('\.\/canonize'\)/);
    expect(source('lib/jsonld/load.ts')).not.toMatch(/^import [^t].*canonize/m);
  });
});
