/**
 * npm run bench: measures, side by side in one run, and writes bench/results.json.
 * Performance is measured here, never asserted by timed tests.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { bundleSizes } from './bundle-sizes';
import { benchScan } from './scan-chromium';
import { benchUnbake } from './unbake';
import { benchDataIntegrity } from './verify-di';
import { benchVerify } from './verify-latency';

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

console.log('Unbaking PNGs (badge chunk after large image data) …');
const unbake = await benchUnbake();
console.table(unbake.map((r) => ({ 'size MiB': r.sizeMiB, 'ours MB/s': fmt(r.oursMBps), 'openbadges-bakery MB/s': fmt(r.bakeryMBps), ratio: `${fmt(r.oursMBps / r.bakeryMBps)}×` })));

console.log('Verification latency, warm cache, 200 runs each …');
const verify = await benchVerify();
console.table(verify.map((r) => ({ format: r.format, 'median ms': fmt(r.medianMs), 'p95 ms': fmt(r.p95Ms) })));

console.log('Data Integrity verification, warm, against @digitalcredentials/verifier-core …');
const dataIntegrity = await benchDataIntegrity();
console.table(dataIntegrity.map((r) => ({ suite: r.suite, 'ours median ms': fmt(r.oursMedianMs), 'ours p95': fmt(r.oursP95Ms), 'verifier-core median ms': fmt(r.peerMedianMs), 'verifier-core p95': fmt(r.peerP95Ms), 'ours ÷ peer (median)': `${fmt(r.oursMedianMs / r.peerMedianMs)}×` })));

console.log('Content-script scan in Chromium …');
const scan = await benchScan();
console.table(['skipped' in scan ? scan : { elements: scan.elements, images: scan.images, candidates: scan.candidates, 'scan median ms': fmt(scan.scanMedianMs), 'scan max ms': fmt(scan.scanMaxMs), 'longest main-thread task ms (>50 counted)': fmt(scan.longestTaskMs) }]);

console.log('Building the extension for bundle sizes …');
const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
const bundles = built.status === 0 ? bundleSizes() : [];
console.table(bundles);

writeFileSync('bench/results.json', `${JSON.stringify({ when: new Date().toISOString(), unbake, verify, dataIntegrity, scan, bundles }, null, 2)}\n`);
console.log('Wrote bench/results.json');
