import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
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

const outputs = () => Object.entries(metafile.outputs).map(([file, o]) => ({ file: relative(out, file), inputs: Object.keys(o.inputs) }));
const node = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });

describe('the CLI bundle', () => {
  it('leaves jsonld’s network document loader and HTTP client out', () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((i) => i.includes('node_modules/jsonld/lib/jsonld.js'))).toBe(true);
    expect(inputs.filter((i) => /@digitalbazaar[\\/]http-client|documentLoaders[\\/]node\.js|undici|[\\/]ky[\\/]/.test(i))).toEqual([]);
  });

  it('keeps the JSON-LD stack out of the entry: a chunk loaded by the first Data Integrity proof', () => {
    const entry = outputs().find((o) => o.file === 'main.mjs')!;
    expect(entry.inputs.some((i) => i.includes('node_modules/jsonld/'))).toBe(false);
    expect(outputs().some((o) => o.file.startsWith('chunks/') && o.inputs.some((i) => i.includes('node_modules/jsonld/')))).toBe(true);
  });

  it('keeps the HTML parser out of the entry: a chunk loaded by the first page', () => {
    const entry = outputs().find((o) => o.file === 'main.mjs')!;
    expect(entry.inputs.some((i) => /node_modules[\\/](linkedom|htmlparser2)[\\/]/.test(i))).toBe(false);
    expect(
      outputs().some(
        (o) => o.inputs.some((i) => i.endsWith('scripts/cli/scan-html.ts')) && o.inputs.some((i) => i.includes('node_modules/linkedom/')),
      ),
    ).toBe(true);
  });

  it('verifies a Data Integrity credential with no transpiler', () => {
    const run = node([join(out, 'main.mjs'), '--json', '--offline', DI_DID_KEY]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).results[0]).toMatchObject({ format: 'ob3-di', status: 'verified', assurance: 'signed' });
  }, 30_000);

  it('scans a page with the lazily loaded parser', () => {
    const jwt = readFileSync(JWT_DID_KEY, 'utf8');
    const run = spawnSync(process.execPath, [join(out, 'main.mjs'), '--jsonl', '--offline', '-'], {
      encoding: 'utf8',
      input: `<!doctype html><html><body><script type="application/jwt">${jwt}</script></body></html>`,
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ format: 'ob3-jwt', status: 'verified' });
  }, 30_000);

  it('prints the help', () => {
    const run = node([join(out, 'main.mjs'), '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/--concurrency N/);
  }, 30_000);
});

describe('the badge-lens bin', () => {
  const bin = JSON.parse(readFileSync('package.json', 'utf8')).bin['badge-lens'] as string;

  it('is an executable launcher', () => {
    expect(bin).toBe('scripts/cli/badge-lens.mjs');
    expect(() => accessSync(bin, constants.X_OK)).not.toThrow();
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('runs the sources through tsx when asked (as it does when no bundle was built)', () => {
    const run = node([bin, '--json', '--offline', DI_DID_KEY], { BADGE_LENS_FROM_SOURCE: '1' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).results[0]).toMatchObject({ format: 'ob3-di', status: 'verified' });
  }, 30_000);
});
