/**
 * Bundles the CLI into dist/cli/ (ignored by git) so `badge-lens` starts without transpiling: one
 * CommonJS file, run by `run-bundle.cjs` with V8's code cache written here after a warm-up run. The
 * JSON-LD stack and the HTML parser are evaluated only when first needed (esbuild's lazy module
 * wrappers for `import()`); jsonld's network document loader (and its HTTP client) is left out: the
 * verifier loads bundled contexts only.
 * usage: npm run build:cli   (runs after npm ci too)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { build, type Metafile, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { LAZY_MODULES, lazyImportFilter, lazyModuleCode } from '../build/lazy-module';

export const CLI_OUT_DIR = fileURLToPath(new URL('../../dist/cli/', import.meta.url));
export const CLI_BUNDLE_NAME = 'main.cjs';
const RUN_BUNDLE = fileURLToPath(new URL('./run-bundle.cjs', import.meta.url));

/**
 * What the warm-up run verifies, offline, so the cache holds the code of every common path: Data
 * Integrity, VC-JWT, signed and hosted OB 2.0, CLR. Fixtures missing (a copy without tests) only
 * leave the cache smaller.
 */
const WARM_UP = ['ob3-rdfc-did-key.json', 'ob3-jwt-eddsa-did-key.jwt', 'signed-valid.png', 'hosted-valid.png', 'clr-valid.json'].map(
  (name) => fileURLToPath(new URL(`../../tests/fixtures/generated/badges/${name}`, import.meta.url)),
);

/** Modules the CLI never runs, replaced so they are not bundled. */
const STUBS: Array<{ filter: RegExp; importer: RegExp; contents: string }> = [
  {
    // jsonld's node platform: registers the network document loader. We always pass our own.
    filter: /^\.\/documentLoaders\/node$/,
    importer: /[\\/]jsonld[\\/]lib[\\/]platform\.js$/,
    contents: "module.exports = () => async (url) => { throw new Error('no network JSON-LD document loader: ' + url); };",
  },
  {
    // linkedom's optional node-canvas: the CLI never draws.
    filter: /^canvas$/,
    importer: /[\\/]linkedom[\\/]/,
    contents: "throw new Error('canvas is not bundled');",
  },
];

const stubs: Plugin = {
  name: 'badge-lens-stubs',
  setup(b) {
    for (const [i, stub] of STUBS.entries()) {
      b.onResolve({ filter: stub.filter }, (args) =>
        stub.importer.test(args.importer) ? { path: String(i), namespace: 'stub' } : undefined,
      );
    }
    b.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({ contents: STUBS[Number(args.path)]!.contents, loader: 'js' }));
  },
};

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The `LAZY_MODULES` marked `cli`, each bundled into a function its first call runs (as in the worker). */
const lazyModules: Plugin = {
  name: 'badge-lens-lazy-modules',
  setup(b) {
    const lazies = LAZY_MODULES.filter((lazy) => lazy.cli);
    const bySource = new Map(lazies.map((lazy) => [`${ROOT}${lazy.source}`, lazy]));
    // Only specifiers that may name one are resolved a second time.
    b.onResolve({ filter: lazyImportFilter(lazies) }, async (args) => {
      if (args.namespace !== 'file' || args.pluginData === 'lazy' || !/^\.\.?\//.test(args.path)) return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'lazy',
      });
      return bySource.has(resolved.path) ? { path: resolved.path, namespace: 'lazy' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, async (args) => {
      const lazy = bySource.get(args.path)!;
      const { code } = await lazyModuleCode({ source: args.path, functions: lazy.functions, minify: true });
      return { contents: code, loader: 'js' };
    });
  },
};

/** Builds into `outDir` (dist/cli/ by default); the metafile says which source went into which file. */
export async function buildCli(outDir = CLI_OUT_DIR): Promise<Metafile> {
  rmSync(outDir, { recursive: true, force: true });
  const { metafile } = await build({
    entryPoints: { main: fileURLToPath(new URL('./main.ts', import.meta.url)) },
    outdir: outDir,
    metafile: true,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20.19',
    minify: true,
    legalComments: 'linked',
    logLevel: 'warning',
    plugins: [stubs, lazyModules],
  });
  writeCodeCache(`${outDir.replace(/\/?$/, '/')}${CLI_BUNDLE_NAME}`);
  return metafile;
}

/** Runs the bundle once over the warm-up inputs; `run-bundle.cjs` writes the code cache as it exits. */
function writeCodeCache(bundle: string) {
  const inputs = WARM_UP.filter((file) => existsSync(file));
  const args = inputs.length > 0 ? ['--offline', '--json', ...inputs] : ['--help'];
  const run = spawnSync(process.execPath, [RUN_BUNDLE, bundle, ...args], { stdio: 'ignore', timeout: 60_000 });
  if (run.error || !existsSync(`${bundle}.cache`)) console.warn('build:cli: no code cache written; the CLI will compile at start');
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
