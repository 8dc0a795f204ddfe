#!/usr/bin/env node
// The `badge-lens` bin: the bundle when it has been built (npm ci builds it: npm run build:cli), else the
// sources through tsx, so a checkout works either way. BADGE_LENS_FROM_SOURCE=1 forces the sources.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBundle } from './run-bundle.mjs';

const bundle = fileURLToPath(new URL('../../dist/cli/main.cjs', import.meta.url));
if (existsSync(bundle) && !process.env.BADGE_LENS_FROM_SOURCE) runBundle(bundle);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
