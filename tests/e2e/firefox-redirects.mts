/**
 * Manual check, not part of `npm test`: the built Firefox extension (`npx wxt build -b firefox`,
 * .output/firefox-mv2) against the demo world in Debian's firefox-esr, driven over WebDriver BiDi
 * (Playwright cannot load extensions into a stock Firefox). The same cases as redirects.spec.ts,
 * read from the page's chips: forbidden hops refused unrequested, 9 redirects stopped after 5, an
 * allowed redirect followed. The demo server takes port 443 (Firefox maps every name to 127.0.0.1
 * by `network.dns.forceResolve` and keeps the port), so run it as root:
 *   NODE_OPTIONS=--experimental-websocket npx tsx tests/e2e/firefox-redirects.mts
 * 169.254.169.254 is left out: Firefox would connect to it for real if the protection were gone.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDemoServer, REDIRECT_HOST } from '../../scripts/demo/server';

const demoLog: string[] = [];
const canaryLog: string[] = [];
const demo = await startDemoServer({ port: 443, log: (l) => demoLog.push(l) });
const canary = createServer((req, res) => {
  canaryLog.push(`${req.headers.host}${req.url}`);
  res.end('{}');
});
await new Promise<void>((r) => canary.listen(0, '127.0.0.1', r));
const canaryPort = (canary.address() as { port: number }).port;
const profile = mkdtempSync(join(tmpdir(), 'badge-lens-firefox-'));
writeFileSync(
  `${profile}/user.js`,
  [`user_pref("network.dns.forceResolve", "127.0.0.1");`, `user_pref("network.proxy.type", 0);`].join('\n'),
);
const port = 9800 + Math.floor(Math.random() * 100);
const ff = spawn('firefox-esr', ['--headless', '--remote-debugging-port', String(port), '--profile', profile, '--no-remote'], {
  stdio: 'ignore',
});
// However the run ends, Firefox goes with it.
process.on('exit', () => ff.kill());
await new Promise((r) => setTimeout(r, 6000));
const ws = new WebSocket(`ws://127.0.0.1:${port}/session`);
let id = 0;
interface BidiReply {
  id: number;
  type: 'success' | 'error';
  result?: { contexts?: { context: string }[]; result?: { value?: string } };
  message?: string;
}
const pending = new Map<number, (m: BidiReply) => void>();
ws.onmessage = (m) => {
  const msg = JSON.parse(String(m.data)) as BidiReply;
  pending.get(msg.id)?.(msg);
  pending.delete(msg.id);
};
await new Promise((r, j) => {
  ws.onopen = r;
  ws.onerror = j;
});
const send = (method: string, params: object) =>
  new Promise<BidiReply>((r) => {
    const i = ++id;
    pending.set(i, r);
    ws.send(JSON.stringify({ id: i, method, params }));
  });
await send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
console.log(
  'install',
  JSON.stringify(await send('webExtension.install', { extensionData: { type: 'path', path: resolve('.output/firefox-mv2') } })),
);
const tree = await send('browsingContext.getTree', {});
const ctx = tree.result?.contexts?.[0]?.context ?? '';
const links = [
  `https://${REDIRECT_HOST}/to.json?url=${encodeURIComponent(`http://127.0.0.1:${canaryPort}/secret`)}`,
  `https://${REDIRECT_HOST}/to.json?url=${encodeURIComponent('https://[::1]/admin')}`,
  `https://${REDIRECT_HOST}/chain/9.json`,
  `https://${REDIRECT_HOST}/to.json?url=${encodeURIComponent('https://badges.example-university.org/assertions/valid.json')}`,
];
const page = `https://${REDIRECT_HOST}/links.html?${links.map((l) => `u=${encodeURIComponent(l)}`).join('&')}`;
demoLog.length = 0;
console.log('nav', JSON.stringify(await send('browsingContext.navigate', { context: ctx, url: page, wait: 'complete' })).slice(0, 200));
let chips: string[][] = [];
for (let i = 0; i < 40; i++) {
  await new Promise((r) => setTimeout(r, 500));
  const got = await send('script.evaluate', {
    expression: `JSON.stringify([...document.querySelectorAll('[data-badge-lens-status]')].map(h => [h.previousElementSibling && h.previousElementSibling.href, h.getAttribute('data-badge-lens-status')]))`,
    target: { context: ctx },
    awaitPromise: false,
  });
  chips = JSON.parse(got.result?.result?.value ?? '[]') as string[][];
  if (chips.length >= 4 && !chips.some((c) => c[1] === 'pending')) break;
}
const asked = demoLog.map((l) => l.split(' ')[0] ?? '');
const statusOf = (link: string) => chips.find((c) => c[0] === link)?.[1];
const problems = [
  ...links
    .slice(0, 3)
    .filter((l) => statusOf(l) !== 'unverifiable')
    .map((l) => `${l}: ${statusOf(l)}, expected unverifiable`),
  ...(statusOf(links[3]!) === 'verified' ? [] : [`${links[3]}: ${statusOf(links[3]!)}, expected verified`]),
  ...canaryLog.map((l) => `the plain-http canary was asked for ${l}`),
  ...asked.filter((l) => /^redirect\.example-issuer\.org\/chain\/[0-3]\.json/.test(l)).map((l) => `hop past the limit requested: ${l}`),
  ...(asked.some((l) => l.startsWith(`${REDIRECT_HOST}/chain/4.json`)) ? [] : ['the 5th redirect target was not requested']),
];
console.log(problems.length ? `FAILED:\n  ${problems.join('\n  ')}` : 'ok: 4 redirect cases in Firefox');
ff.kill();
canary.close();
await demo.close();
process.exit(problems.length ? 1 : 0);
