#!/usr/bin/env node
// The `badge-lens` bin: the bundle when it has been built (npm ci builds it: npm run build:cli), else the
// sources through tsx, so a checkout works either way. BADGE_LENS_FROM_SOURCE=1 forces the sources.
// CommonJS, as is run-bundle.cjs: Node starts a CommonJS entry without its ES module loader.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { runBundle } = require('./run-bundle.cjs');

const bundle = join(__dirname, '../../dist/cli/main.cjs');
if (existsSync(bundle) && !process.env.BADGE_LENS_FROM_SOURCE) runBundle(bundle);
else
  import('tsx/esm/api').then(({ register }) => {
    register();
    return import('./main.ts');
  });
