/**
 * Bundles the CLI into dist/cli/ (ignored by git) so `badge-lens` starts without transpiling.
 * The JSON-LD stack stays a chunk of its own, loaded only by the first Data Integrity proof; jsonld's
 * network document loader (and its HTTP client) is left out: the verifier loads bundled contexts only.
 * usage: npm run build:cli   (runs after npm ci too)
 */
import { build, type Metafile, type Plugin } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CLI_OUT_DIR = fileURLToPath(new URL('../../dist/cli/', import.meta.url));
export const CLI_BUNDLE = `${CLI_OUT_DIR}main.mjs`;

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

/** Builds into `outDir` (dist/cli/ by default); the metafile says which source went into which file. */
export async function buildCli(outDir = CLI_OUT_DIR): Promise<Metafile> {
  rmSync(outDir, { recursive: true, force: true }); // chunks are content-hashed: old ones would pile up
  const { metafile } = await build({
    entryPoints: { main: fileURLToPath(new URL('./main.ts', import.meta.url)) },
    outdir: outDir,
    metafile: true,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    minify: true,
    legalComments: 'linked',
    logLevel: 'warning',
    // The bundled CommonJS packages (jsonld, rdf-canonize) call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __badgeLensRequire } from 'node:module'; const require = __badgeLensRequire(import.meta.url);",
    },
    plugins: [stubs],
  });
  return metafile;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
