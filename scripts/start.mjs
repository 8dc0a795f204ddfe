// npm start: builds the extension and says how to load it.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const dir = resolve('.output/chrome-mv3');
console.log(`
Badge Lens is built in ${dir}
Load it in Chrome or Chromium: open chrome://extensions, switch on "Developer mode",
choose "Load unpacked" and pick that folder. Then open any page with badges.
Verify a badge from the command line: npm run -s verify -- <file|url>`);
