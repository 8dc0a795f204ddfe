import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/cli/build';
import { DI_DID_KEY, JWT_DID_KEY } from './cli-io';

const out = mkdtempSync(join(tmpdir(), 'badge-lens-bundle-'));
let metafile: Metafile;
beforeAll(async () => {
  metafile = await buildCli(out);
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const RUN_BUNDLE = 'scripts/cli/run-bundle.cjs';
/** Whether V8 takes the cache beside the bundle, asked of a fresh Node as the bin would. */
const cacheAccepted = () =>
  node([
    '-e',
    `import('./${RUN_BUNDLE}').then((m) => console.log(m.compileBundle(process.argv[1]).cacheAccepted))`,
    join(out, 'main.cjs'),
  ]).stdout.trim() === 'true';
/** The modules the bundle require()s while the CLI runs with `args`, in order. */
function requiredWhile(args: string[], input?: string): string[] {
  const log = join(out, `required-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(log, '');
  const probe = `
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const [node, file, log, ...args] = process.argv;
process.argv = [node, file, ...args];
const { compileBundle } = await import(${JSON.stringify(pathToFileURL(resolve(RUN_BUNDLE)).href)});
const real = createRequire(file);
const module = { exports: {} };
compileBundle(file).script.runInThisContext()(module.exports, (id) => (appendFileSync(log, id + '\\n'), real(id)), module, file, '.');
`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe, join(out, 'main.cjs'), log, ...args], {
    encoding: 'utf8',
    input,
  });
  expect(run.status).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const outputs = () => Object.entries(metafile.outputs).map(([file, o]) => ({ file: relative(out, file), inputs: Object.keys(o.inputs) }));
const node = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });

describe('the CLI bundle', () => {
  it('leaves jsonld’s network document loader and HTTP client out', () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((i) => i.includes('node_modules/jsonld/lib/jsonld.js'))).toBe(true);
    expect(inputs.filter((i) => /@digitalbazaar[\\/]http-client|documentLoaders[\\/]node\.js|undici|[\\/]ky[\\/]/.test(i))).toEqual([]);
  });

  it('is one CommonJS file with the code cache its warm-up run wrote', () => {
    expect(
      outputs()
        .map((o) => o.file)
        .filter((f) => !f.endsWith('.LEGAL.txt')),
    ).toEqual(['main.cjs']);
    expect(existsSync(join(out, 'main.cjs.cache'))).toBe(true);
    expect(cacheAccepted()).toBe(true);
  });

  it('evaluates the JSON-LD stack and the HTML parser only when first needed', () => {
    // rdf-canonize requires `crypto` and linkedom's CSS parser `cssstyle` as their modules are evaluated.
    const help = requiredWhile(['--help']);
    expect(help).toContain('node:path');
    expect(help).not.toContain('crypto');
    expect(help).not.toContain('cssstyle');
    const dataIntegrity = requiredWhile(['--json', '--offline', DI_DID_KEY]);
    expect(dataIntegrity).toContain('crypto');
    expect(dataIntegrity).not.toContain('cssstyle');
    const page = requiredWhile(['--jsonl', '--offline', '-'], '<!doctype html><html><body><p>no badges</p></body></html>');
    expect(page).toContain('cssstyle');
  }, 30_000);

  it('verifies a Data Integrity credential with no transpiler', () => {
    const run = node([RUN_BUNDLE, join(out, 'main.cjs'), '--json', '--offline', DI_DID_KEY]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).results[0]).toMatchObject({ format: 'ob3-di', status: 'verified', assurance: 'signed' });
  }, 30_000);

  it('scans a page with the lazily loaded parser', () => {
    const jwt = readFileSync(JWT_DID_KEY, 'utf8');
    const run = spawnSync(process.execPath, [RUN_BUNDLE, join(out, 'main.cjs'), '--jsonl', '--offline', '-'], {
      encoding: 'utf8',
      input: `<!doctype html><html><body><script type="application/jwt">${jwt}</script></body></html>`,
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ format: 'ob3-jwt', status: 'verified' });
  }, 30_000);

  it('still runs, and writes a fresh cache, when its cache is damaged', () => {
    writeFileSync(join(out, 'main.cjs.cache'), 'not a code cache');
    expect(cacheAccepted()).toBe(false);
    const run = node([RUN_BUNDLE, join(out, 'main.cjs'), '--json', '--offline', DI_DID_KEY]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).results[0]).toMatchObject({ format: 'ob3-di', status: 'verified' });
    expect(cacheAccepted()).toBe(true);
  }, 30_000);

  it('prints the help', () => {
    const run = node([RUN_BUNDLE, join(out, 'main.cjs'), '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/--concurrency N/);
  }, 30_000);
});

describe('the badge-lens bin', () => {
  const bin = JSON.parse(readFileSync('package.json', 'utf8')).bin['badge-lens'] as string;

  it('is an executable launcher', () => {
    expect(bin).toBe('scripts/cli/badge-lens.cjs');
    expect(() => accessSync(bin, constants.X_OK)).not.toThrow();
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('runs the sources through tsx when asked (as it does when no bundle was built)', () => {
    const run = node([bin, '--json', '--offline', DI_DID_KEY], { BADGE_LENS_FROM_SOURCE: '1' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).results[0]).toMatchObject({ format: 'ob3-di', status: 'verified' });
  }, 30_000);
});
