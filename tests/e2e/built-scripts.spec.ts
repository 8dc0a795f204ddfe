import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, extensionDir, test } from './fixtures';

/** A sentence only `webextension-polyfill` holds: every build uses the browser's own API instead (wxt.config.ts `useNativeBrowser`). */
const POLYFILL = 'This script should only be loaded in a browser extension';

test('no built script carries the webextension polyfill: the worker, the pages and both halves of the content script use the browser API', () => {
  const dir = extensionDir();
  const scripts = [
    ...readdirSync(dir).filter((f) => f.endsWith('.js')),
    ...readdirSync(join(dir, 'chunks')).map((f) => `chunks/${f}`),
  ].filter((f) => f.endsWith('.js'));
  expect(scripts).toEqual(expect.arrayContaining(['background.js', 'content-scan.js', 'content-view.js']));
  expect(scripts.filter((file) => readFileSync(join(dir, file), 'utf8').includes(POLYFILL))).toEqual([]);
});
