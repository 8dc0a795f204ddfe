import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve('lib');
const PACKAGES = new Set(['jose', 'zod/mini', 'jsonld', 'rdf-canonize', 'canonicalize']);
const files = (readdirSync(LIB, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));

/** lib/ is the verification core: the same code runs in the service worker, Node tests and the CLI. */
describe('lib/ stays pure and platform-neutral', () => {
  it('has source files', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)('%s uses no Node, DOM globals or extension API, and imports only lib/ and the allowed packages', (file) => {
    const source = readFileSync(join(LIB, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const forbidden of [/from ['"]node:/, /\bBuffer\b/, /\bDOMParser\b/, /\bdocument\./, /\bwindow\./, /\bbrowser\./, /\bchrome\./, /\brequire\(/, /\bprocess\./, /\bXMLHttpRequest\b/]) {
      expect(source).not.toMatch(forbidden);
    }
    for (const match of source.matchAll(/(?:from|import\()\s*'([^']+)'/g)) {
      const target = match[1]!;
      if (target.startsWith('.')) expect(relative(LIB, resolve(dirname(join(LIB, file)), target)).startsWith('..')).toBe(false);
      else expect(PACKAGES.has(target) || target.startsWith('zod/mini'), target).toBe(true);
    }
  });
});
