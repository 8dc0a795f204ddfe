import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: auto-imported globals hide missing imports from tsc and break under Vitest.
  imports: false,
  // No module-preload helper around dynamic imports: it assumes a `document`, which workers lack.
  vite: () => ({ plugins: [preact()], build: { modulePreload: false } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen: Chrome's worker cannot import the JSON-LD stack on demand; an offscreen page does.
    // webRequest: reads the Location of the worker's own redirects, which fetch hides (redirect-watch.ts).
    // alarms, unlimitedStorage: the backpack's daily re-checks and its badges' original files (docs/PERMISSIONS.md).
    permissions: browser === 'firefox' ? ['storage', 'webRequest', 'alarms', 'unlimitedStorage'] : ['storage', 'offscreen', 'webRequest', 'alarms', 'unlimitedStorage'],
    // Asked for only when the learner turns on backpack notifications.
    optional_permissions: ['notifications'],
    host_permissions: ['https://*/*'],
    // Asked for only when the user allows the local network (plain-http servers on their own machine).
    optional_host_permissions: ['http://*/*'],
    // Firefox 140 (Android 142) is the first to know data_collection_permissions; the code needs 129 (Ed25519 in WebCrypto).
    browser_specific_settings: {
      gecko: { id: 'badge-lens@badgelens.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  zip: { excludeSources: ['bench/results.json', 'test-results/**', 'playwright-report/**', 'screenshots/**', '**/*.log', 'scratch/**', '.wxt/**'] },
});
