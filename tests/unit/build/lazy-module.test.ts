import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { canonizeRdfc, canonizeRdfcWithLabels } from '../../../lib/jsonld/canonize';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { isCurvePoint, recoverPublicKey, verifyEcdsa } from '../../../lib/proofs/secp256k1-curve';
import { LAZY_MODULES, lazyModuleCode } from '../../../scripts/build/lazy-module';

const dir = mkdtempSync(join(tmpdir(), 'lazy-module-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the lazy module built from `source` and imports it. */
async function importLazy(name: string, source: string, functions: readonly string[]) {
  const { code, inputs } = await lazyModuleCode({ source, functions, minify: true });
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  return { module: (await import(pathToFileURL(file).href)) as Record<string, (...args: unknown[]) => unknown>, inputs, code };
}

/** Every .ts file under `dir` but tests. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => resolve(dir, file));
}

/** The values (not types) `file` imports from the module at `target`. */
function valuesImported(file: string, target: string): string[] {
  const names: string[] = [];
  for (const [, list, from] of readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    if (!from!.startsWith('.') || `${resolve(dirname(file), from!)}.ts`.replace(/\.ts\.ts$/, '.ts') !== target) continue;
    for (const part of list!.split(',')) {
      const name = part.trim().split(/\s+as\s+/)[0]!;
      if (name && !name.startsWith('type ')) names.push(name);
    }
  }
  return names;
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

describe('the modules the worker and the CLI evaluate on first call', () => {
  it('forwards, for each, functions it exports, and every value the extension and the CLI import from it', async () => {
    const sources = [...listFiles('lib'), ...listFiles('entrypoints'), ...listFiles('scripts/cli')];
    for (const lazy of LAZY_MODULES) {
      const module = (await import(resolve(lazy.source))) as Record<string, unknown>;
      for (const name of lazy.functions) expect(typeof module[name], `${lazy.source} ${name}`).toBe('function');
      const imported = sources.flatMap((file) => valuesImported(file, resolve(lazy.source)));
      expect(imported.length, lazy.source).toBeGreaterThan(0);
      for (const name of imported) expect(lazy.functions, `${lazy.source}: ${name} imported`).toContain(name);
    }
  });

  it('answers for the secp256k1 curve as lib/proofs/secp256k1-curve.ts does, evaluating @noble/curves only at the first call', async () => {
    const { module, code } = await importLazy('secp256k1-curve', resolve('lib/proofs/secp256k1-curve.ts'), [
      'isCurvePoint',
      'verifyEcdsa',
      'recoverPublicKey',
    ]);
    expect(code).toContain('function evaluated()');
    const secret = secp256k1.utils.randomSecretKey();
    const publicKey = secp256k1.getPublicKey(secret, false);
    const data = new TextEncoder().encode('a status list');
    const compact = secp256k1.sign(data, secret, { prehash: true, format: 'compact' });
    const options = { prehash: true, format: 'compact' } as const;
    expect(module.isCurvePoint!(publicKey)).toBe(true);
    const offCurve = publicKey.map((byte, i) => (i === 64 ? byte ^ 1 : byte));
    expect(module.isCurvePoint!(offCurve)).toBe(false);
    expect(isCurvePoint(offCurve)).toBe(false);
    expect(module.verifyEcdsa!(compact, data, publicKey, options)).toBe(true);
    expect(module.verifyEcdsa!(compact, new TextEncoder().encode('another list'), publicKey, options)).toBe(false);
    expect(module.verifyEcdsa!(new Uint8Array(3), data, publicKey, options)).toBe(verifyEcdsa(new Uint8Array(3), data, publicKey, options));
    const digest = new Uint8Array(32).fill(7);
    const recoverable = secp256k1.sign(digest, secret, { prehash: false, format: 'recovered' });
    const signature = secp256k1.Signature.fromBytes(recoverable, 'recovered');
    expect(module.recoverPublicKey!(digest, signature.r, signature.s, signature.recovery!)).toEqual(publicKey);
    expect(module.recoverPublicKey!(digest, 0n, signature.s, 0)).toBe(recoverPublicKey(digest, 0n, signature.s, 0));
  }, 30_000);
});
