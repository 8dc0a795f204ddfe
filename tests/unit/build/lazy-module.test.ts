import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { canonizeRdfc, canonizeRdfcWithLabels } from '../../../lib/jsonld/canonize';
import { lazyModuleCode } from '../../../scripts/build/lazy-module';

const dir = mkdtempSync(join(tmpdir(), 'lazy-module-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the lazy module built from `source` and imports it. */
async function importLazy(name: string, source: string, functions: readonly string[]) {
  const { code, inputs } = await lazyModuleCode({ source, functions, minify: true });
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  return { module: (await import(pathToFileURL(file).href)) as Record<string, (...args: unknown[]) => unknown>, inputs, code };
}

declare global {
  var lazyModuleRuns: number | undefined;
}

describe('a module evaluated on first call (the worker’s JSON-LD stack)', () => {
  it('runs the module’s top level only at the first call, and once', async () => {
    const source = join(dir, 'counted.ts');
    writeFileSync(
      source,
      'globalThis.lazyModuleRuns = (globalThis.lazyModuleRuns ?? 0) + 1;\nexport const twice = (n: number) => n * 2;\nexport const answer = () => 42;\n',
    );
    const { module } = await importLazy('counted', source, ['twice', 'answer']);
    expect(globalThis.lazyModuleRuns).toBeUndefined();
    expect(module.twice!(21)).toBe(42);
    expect(module.answer!()).toBe(42);
    expect(globalThis.lazyModuleRuns).toBe(1);
  });

  it('bundles the contexts as JSON text and canonicalizes exactly as lib/jsonld/canonize.ts does', async () => {
    const { module, inputs, code } = await importLazy('canonize', resolve('lib/jsonld/canonize.ts'), [
      'canonizeRdfc',
      'canonizeRdfcWithLabels',
      'warmUp',
    ]);
    expect(inputs.some((input) => input.includes('node_modules/jsonld/'))).toBe(true);
    expect(code).toMatch(/JSON\.parse\([`"']\{\\?"@context\\?"/);
    const credential = JSON.parse(readFileSync('tests/fixtures/generated/badges/ob3-rdfc-did-key.json', 'utf8'));
    const { proof: _proof, ...unsigned } = credential;
    expect(await module.canonizeRdfc!(unsigned)).toBe(await canonizeRdfc(unsigned));
    const labelled = (await module.canonizeRdfcWithLabels!({ '@context': { name: 'https://schema.org/name' }, name: 'y' })) as {
      nquads: string;
      labels: Map<string, string>;
    };
    const expected = await canonizeRdfcWithLabels({ '@context': { name: 'https://schema.org/name' }, name: 'y' });
    expect(labelled.nquads).toBe(expected.nquads);
    expect([...labelled.labels]).toEqual([...expected.labels]);
    await expect(module.warmUp!()).resolves.toBeUndefined();
    await expect(module.canonizeRdfc!({ '@context': 'https://example.com/unknown', name: 'x' })).rejects.toMatchObject({
      name: 'JsonLdFailure',
      problem: { kind: 'unknown-context', url: 'https://example.com/unknown' },
    });
  }, 30_000);
});
