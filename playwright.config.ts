import { defineConfig } from '@playwright/test';

/**
 * Browser tests: Debian's Chromium (/usr/bin/chromium) with the e2e build of Badge Lens
 * (`wxt build --mode e2e` → .output/chrome-mv3-e2e) and the demo world on a local HTTPS server.
 * Nothing is downloaded; tests/e2e/fixtures.ts launches the browser itself.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
});
