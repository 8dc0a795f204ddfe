/**
 * The README's pictures of the recruiter and learner pages come from the browser tests, so they show
 * the product as it is: after `npm run e2e`, this copies the ones the README uses into docs/screenshots/.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const FROM = 'test-results/screenshots';
const TO = 'docs/screenshots';
const PICTURES = [
  'recruiter-card-about.png',
  'recruiter-report.png',
  'recruiter-skills.png',
  'backpack-revoked.png',
  'backpack-preview.png',
  'who-vouched-popup-row.png',
];

mkdirSync(TO, { recursive: true });
const missing = PICTURES.filter((name) => !existsSync(join(FROM, name)));
for (const name of PICTURES.filter((n) => !missing.includes(n))) copyFileSync(join(FROM, name), join(TO, name));
console.log(`copied ${PICTURES.length - missing.length} browser-test screenshots to ${TO}/`);
if (missing.length) {
  console.error(`not found in ${FROM}/ (run npm run e2e first): ${missing.join(', ')}`);
  process.exitCode = 1;
}
