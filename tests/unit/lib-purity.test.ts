import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve('lib');
const PACKAGES = new Set([
  'jose',
  'zod/mini',
  'jsonld',
  // jsonld's processed-context cache, keyed by lib/jsonld/active-context.ts
  'jsonld/lib/ResolvedContext.js',
  'rdf-canonize',
  'canonicalize',
  '@noble/curves/secp256k1.js',
  '@noble/hashes/sha3.js',
]);
const files = (readdirSync(LIB, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));

/**
 * Node, the page and the extension, as lib/ could reach them, each with a use it must catch.
 * `lib/tsconfig.json` (no Node types, no DOM library) makes most of them compile errors as well.
 */
const FORBIDDEN: Array<[name: string, pattern: RegExp, use: string]> = [
  ['a node: import', /from ['"]node:/, "import { readFile } from 'node:fs'"],
  ['require()', /\brequire\(/, "const fs = require('fs')"],
  ['Buffer', /\bBuffer\b/, "Buffer.from('x')"],
  ['process', /\bprocess\./, 'process.env.HOME'],
  ['document', /\bdocument\./, 'document.title'],
  ['window', /\bwindow\./, 'window.name'],
  ['self', /\bself\./, 'self.addEventListener'],
  ['globalThis (beyond the type of fetch)', /(?<!typeof )\bglobalThis\./, 'globalThis.chrome'],
  ['location', /\blocation\./, 'location.href'],
  ['navigator', /\bnavigator\./, 'navigator.userAgent'],
  ['localStorage', /\blocalStorage\b/, "localStorage.getItem('k')"],
  ['sessionStorage', /\bsessionStorage\b/, 'sessionStorage.clear()'],
  ['indexedDB', /\bindexedDB\b/, "indexedDB.open('db')"],
  ['DOMParser', /\bDOMParser\b/, 'new DOMParser()'],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/, 'new XMLHttpRequest()'],
  ['the extension API (browser)', /\bbrowser\./, 'browser.runtime.sendMessage(m)'],
  ['the extension API (chrome)', /\bchrome\./, 'chrome.storage.local'],
];

const code = (file: string) =>
  readFileSync(join(LIB, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

/** lib/ is the verification core: the same code runs in the service worker, Node tests and the CLI. */
describe('lib/ stays pure and platform-neutral', () => {
  it('has source files', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)('%s uses no Node, DOM globals or extension API, and imports only lib/ and the allowed packages', (file) => {
    const source = code(file);
    for (const [name, pattern] of FORBIDDEN) expect(source, name).not.toMatch(pattern);
    for (const match of source.matchAll(/(?:\bfrom|\bimport\(?)\s*['"]([^'"]+)['"]/g)) {
      const target = match[1]!;
      if (target.startsWith('.')) expect(relative(LIB, resolve(dirname(join(LIB, file)), target)).startsWith('..'), target).toBe(false);
      else expect(PACKAGES.has(target) || target.startsWith('zod/mini'), target).toBe(true);
    }
  });

  it.each(FORBIDDEN)('the %s pattern catches its use', (_name, pattern, use) => {
    expect(use).toMatch(pattern);
  });

  it('lets through what the core does use', () => {
    const allowed = [
      'fetch: typeof globalThis.fetch',
      "const location = response.headers.get('location')",
      'new URL(location, base)',
      'a self-asserted name',
    ];
    for (const [name, pattern] of FORBIDDEN)
      expect(
        allowed.filter((line) => pattern.test(line)),
        name,
      ).toEqual([]);
  });
});
