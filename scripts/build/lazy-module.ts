/**
 * A module evaluated on first call instead of at load: bundled with esbuild into one CommonJS body
 * inside a function, which V8 only pre-parses until that function first runs. The Chrome worker uses
 * it for the JSON-LD stack (wxt.config.ts), since a module service worker cannot `import()` on demand.
 */
import { readFile } from 'node:fs/promises';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';

/**
 * The modules the extension's worker evaluates on first call (the `lazyModules` plugin in
 * wxt.config.ts), by path from the repository root, with the functions their importers call; `cli`:
 * the CLI bundle too (scripts/cli/build.ts), which takes the JSON-LD stack through `import()` already.
 */
export const LAZY_MODULES: ReadonlyArray<{ source: string; functions: readonly string[]; cli?: true }> = [
  // The JSON-LD stack: jsonld.js, rdf-canonize and the bundled contexts.
  { source: 'lib/jsonld/canonize.ts', functions: ['canonizeRdfc', 'canonizeRdfcWithLabels', 'warmUp'] },
  // @noble/curves' secp256k1, which precomputes and probes the random source at load.
  { source: 'lib/proofs/secp256k1-curve.ts', functions: ['isCurvePoint', 'verifyEcdsa', 'recoverPublicKey'], cli: true },
];

/** Matches an import specifier that may name one of `modules` (its file name), so a plugin resolves only those. */
export function lazyImportFilter(modules: ReadonlyArray<{ source: string }>): RegExp {
  return new RegExp(modules.map((lazy) => lazy.source.replace(/^.*\/|\.ts$/g, '')).join('|'));
}

export interface LazyModuleOptions {
  /** Absolute path of the module whose top level should wait for the first call. */
  source: string;
  /** Its exported functions the lazy module forwards (a caller importing anything else fails the build). */
  functions: readonly string[];
  minify: boolean;
}

/** The JSON files imported as `JSON.parse` of a string: V8 scans a string literal far faster than an object literal. */
const jsonAsText: EsbuildPlugin = {
  name: 'json-as-text',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

/** The lazy module's code and the files it was built from. */
export async function lazyModuleCode({ source, functions, minify }: LazyModuleOptions): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [source],
    bundle: true,
    write: false,
    metafile: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    minify,
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [jsonAsText],
  });
  const body = result.outputFiles[0]!.text;
  const forwards = functions.map((name) => `export const ${name} = (...args) => evaluated().${name}(...args);`);
  const code = [
    'let exported;',
    '/** Runs the bundled module once, on the first call of any of its functions. */',
    'function evaluated() {',
    '  if (exported === undefined) {',
    '    const module = { exports: {} };',
    `    (function (module, exports) {\n${body}\n    })(module, module.exports);`,
    '    exported = module.exports;',
    '  }',
    '  return exported;',
    '}',
    ...forwards,
    '',
  ].join('\n');
  return { code, inputs: Object.keys(result.metafile.inputs) };
}
