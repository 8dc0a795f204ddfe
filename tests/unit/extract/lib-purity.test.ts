import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../../lib/extract/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('lib/extract stays platform-neutral', () => {
  it('has source files', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s uses no Node, DOM or extension API', (file) => {
    const source = readFileSync(new URL(file, dir), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const forbidden of [/from ['"]node:/, /\bBuffer\b/, /\bDOMParser\b/, /\bdocument\./, /\bwindow\./, /\bbrowser\./, /\bchrome\./, /\brequire\(/]) {
      expect(source).not.toMatch(forbidden);
    }
    for (const match of source.matchAll(/from '([^']+)'/g)) expect(match[1]).toMatch(/^\.\/[\w-]+$/);
  });
});
