import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { InlineConfig, Plugin } from 'vite';
import { LAZY_MODULES, lazyImportFilter, lazyModuleCode } from './scripts/build/lazy-module';
import { PLATFORM_HINTS_FILE, platformHintsModule } from './scripts/build/platform-hints-module';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: auto-imported globals hide missing imports from tsc and break under Vitest.
  imports: false,
  // No module-preload helper around dynamic imports: it assumes a `document`, which workers lack.
  // `--mode profile` (bench/cold-trace.ts) leaves names readable in CPU profiles.
  vite: (env) => ({
    plugins: [preact()],
    build: {
      modulePreload: false,
      ...(env.mode === 'profile' ? { minify: false } : {}),
      ...(process.env.BL_SOURCEMAP ? { sourcemap: true } : {}),
    },
  }),
  manifest: () => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // webRequest: reads the Location of the worker's own redirects, which fetch hides (redirect-watch.ts).
    // alarms, unlimitedStorage: the backpack's daily re-checks and its badges' original files (docs/PERMISSIONS.md).
    permissions: ['storage', 'webRequest', 'alarms', 'unlimitedStorage'],
    // Asked for only when the learner turns on backpack notifications.
    optional_permissions: ['notifications'],
    host_permissions: ['https://*/*'],
    // Asked for only when the user allows the local network (plain-http servers on their own machine).
    optional_host_permissions: ['http://*/*'],
    // The eager content script (entrypoints/content-scan.ts), an unlisted script WXT builds but does not list.
    // At document_end, not document_idle (up to 200 ms later on a page still loading images): bench/README.md, seventh round.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content-scan.js'], run_at: 'document_end' }],
    // The rest of detection, imported by it only on pages that may hold a candidate (entrypoints/content/load-finder.ts),
    // and its overlay half, only on pages with a candidate (entrypoints/content/load-view.ts).
    web_accessible_resources: [{ resources: ['content-detect.js', 'content-view.js'], matches: ['http://*/*', 'https://*/*'] }],
    // Firefox 140 (Android 142) is the first to know data_collection_permissions; the code needs 129 (Ed25519 in WebCrypto).
    browser_specific_settings: {
      gecko: { id: 'badge-lens@badgelens.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  hooks: {
    // The eager content script goes without the polyfill (entrypoints/content/native-browser.ts) and
    // without WXT's wrapper around an unlisted script (its logger and plugin set-up): it only calls main().
    'vite:build:extendConfig'(entrypoints, config) {
      // The worker and the pages, one build: the browser's own API without the polyfill, whose CommonJS
      // interop copies every API namespace at each start; the worker evaluates the JSON-LD stack on the
      // first canonicalization, not at every start.
      if (entrypoints.some((entrypoint) => entrypoint.name === 'background')) {
        useNativeBrowser(config);
        config.plugins = [lazyModules(config.mode === 'profile'), ...(config.plugins ?? [])];
      }
      // The overlay half, an unlisted script built on its own: the same API the eager half uses.
      if (entrypoints.some((entrypoint) => entrypoint.name === 'content-view')) useNativeBrowser(config);
      // The rest of detection, an unlisted script built on its own too.
      if (entrypoints.some((entrypoint) => entrypoint.name === 'content-detect')) useNativeBrowser(config);
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'content-scan')) return;
      useNativeBrowser(config);
      config.plugins = [plainEntry('content-scan'), platformHintsAsValues(), ...(config.plugins ?? [])];
    },
  },
  zip: {
    excludeSources: [
      'bench/results.json',
      'test-results/**',
      'playwright-report/**',
      'screenshots/**',
      '**/*.log',
      'scratch/**',
      '.wxt/**',
    ],
  },
});

/**
 * `webextension-polyfill` resolved to the browser's own API (entrypoints/content/native-browser.ts):
 * Firefox's `browser`, Chrome's MV3 `chrome`, both answering with promises.
 */
function useNativeBrowser(config: InlineConfig) {
  const alias = config.resolve?.alias ?? [];
  const list = Array.isArray(alias)
    ? alias
    : Object.entries(alias).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
  config.resolve = {
    ...config.resolve,
    alias: [{ find: /^webextension-polyfill$/, replacement: resolve('entrypoints/content/native-browser.ts') }, ...list],
  };
}

/**
 * Replaces WXT's module around the unlisted script `name` by a bare call of its `main`. Should WXT
 * name that module otherwise, this does nothing and WXT's wrapper stays (the script works either way).
 */
function plainEntry(name: string): Plugin {
  const prefix = '\0virtual:wxt-unlisted-script-entrypoint?';
  return {
    name: 'badge-lens:plain-entry',
    enforce: 'pre',
    load(id) {
      if (!id.startsWith(prefix) || !id.endsWith(`/entrypoints/${name}.ts`)) return undefined;
      // Exported, so the bundle assigns the variable WXT names after it (`var contentScan=…; contentScan;`).
      return `import definition from ${JSON.stringify(id.slice(prefix.length))};\ndefinition.main();\nexport default definition;\n`;
    },
  };
}

/**
 * `lib/detect/platform-hints.ts` as its values, for the eager content script: the hints and embed
 * attributes without the platform modules they are read from (tests/e2e/built-scripts.spec.ts checks).
 */
function platformHintsAsValues(): Plugin {
  return {
    name: 'badge-lens:platform-hints-as-values',
    enforce: 'pre',
    load(id) {
      return id === PLATFORM_HINTS_FILE ? platformHintsModule() : undefined;
    },
  };
}

const LAZY_PREFIX = '\0badge-lens:lazy:';

/**
 * Replaces each of `LAZY_MODULES` (the JSON-LD stack, the secp256k1 curve), wherever it is imported,
 * by a module that bundles it into a function run on the first call of the functions its importers
 * use (scripts/build/lazy-module.ts). `keepNames`: the profile build, unminified.
 */
function lazyModules(keepNames: boolean): Plugin {
  const bySource = new Map(LAZY_MODULES.map((lazy) => [resolve(lazy.source), lazy]));
  const names = lazyImportFilter(LAZY_MODULES);
  return {
    name: 'badge-lens:lazy-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer.startsWith(LAZY_PREFIX) || !names.test(source)) return undefined;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && bySource.has(resolved.id) ? `${LAZY_PREFIX}${resolved.id}` : undefined;
    },
    async load(id) {
      const lazy = id.startsWith(LAZY_PREFIX) ? bySource.get(id.slice(LAZY_PREFIX.length)) : undefined;
      if (!lazy) return undefined;
      const { code, inputs } = await lazyModuleCode({ source: resolve(lazy.source), functions: lazy.functions, minify: !keepNames });
      for (const input of inputs) if (!input.includes('node_modules')) this.addWatchFile(resolve(input));
      return code;
    },
  };
}
