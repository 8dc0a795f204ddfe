import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: ['https://*/*'],
    browser_specific_settings: {
      gecko: { id: 'badge-lens@badgelens.dev', data_collection_permissions: { required: ['none'] } },
    },
  },
  zip: { excludeSources: ['bench/results.json', 'test-results/**', 'playwright-report/**', 'screenshots/**'] },
});
