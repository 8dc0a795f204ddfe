import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, extensionDir, test } from './fixtures';

/** A sentence only `webextension-polyfill` holds: every build uses the browser's own API instead (wxt.config.ts `useNativeBrowser`). */
const POLYFILL = 'This script should only be loaded in a browser extension';

test('no built script carries the webextension polyfill: the worker, the pages and the three parts of the content script use the browser API', () => {
  const dir = extensionDir();
  const scripts = [
    ...readdirSync(dir).filter((f) => f.endsWith('.js')),
    ...readdirSync(join(dir, 'chunks')).map((f) => `chunks/${f}`),
  ].filter((f) => f.endsWith('.js'));
  expect(scripts).toEqual(expect.arrayContaining(['background.js', 'content-scan.js', 'content-detect.js', 'content-view.js']));
  expect(scripts.filter((file) => readFileSync(join(dir, file), 'utf8').includes(POLYFILL))).toEqual([]);
});

test('the eager content script carries the hints of the platforms as values, not their rules: those come in content-detect.js', () => {
  const dir = extensionDir();
  const eager = readFileSync(join(dir, 'content-scan.js'), 'utf8');
  const detect = readFileSync(join(dir, 'content-detect.js'), 'utf8');
  expect(eager).toContain('openbadgefactory.com');
  // A template of the platforms' rules (Credly's embed, Badgr's id): built with the platform-hints plugin, none is left.
  for (const rule of ['{lower 1}', '{host}/{2}']) {
    expect(eager, rule).not.toContain(rule);
    expect(detect, rule).toContain(rule);
  }
});
