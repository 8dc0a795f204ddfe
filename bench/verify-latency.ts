import { readFileSync } from 'node:fs';
import { createMemoryCache } from '../lib/net/memory-cache';
import { systemClock } from '../lib/core/ports';
import { verifyBytes } from '../lib/verify/pipeline';
import { createFakeHttp } from '../tests/support/fake-http';
import { median, percentile, timeRuns } from './stats';

const GENERATED = 'tests/fixtures/generated';

/** Verification latency per format with a warm cache (issuer answers served from memory). */
export async function benchVerify() {
  const routes = JSON.parse(readFileSync(`${GENERATED}/site-routes.json`, 'utf8')) as Record<string, never>;
  const http = createFakeHttp((url) => routes[url] ?? { file: `${GENERATED}/site/${new URL(url).host}${new URL(url).pathname}` });
  const env = { http, cache: createMemoryCache(systemClock), clock: systemClock };
  const rows = [];
  for (const [format, file] of [
    ['ob2-hosted', 'hosted-valid.png'],
    ['ob2-signed RS256', 'signed-valid.png'],
    ['ob2-signed ES256', 'signed-es256.png'],
    ['ob3-di eddsa-rdfc-2022 did:web', 'ob3-rdfc-did-web.json'],
    ['ob3-di eddsa-jcs-2022 did:web', 'ob3-jcs-did-web.json'],
    ['ob3-di Ed25519Signature2020', 'ob3-ed25519signature2020.json'],
    ['ob3-di ecdsa-rdfc-2019 P-256 did:web', 'ob3-ecdsa-rdfc-p256-did-web.json'],
    ['ob3-di ecdsa-rdfc-2019 P-384 did:key', 'ob3-ecdsa-rdfc-p384-did-key.json'],
    ['ob3-di ecdsa-jcs-2019 P-384 did:web', 'ob3-ecdsa-jcs-p384-did-web.json'],
    ['ob3-di JsonWebSignature2020 ES256', 'ob3-jsonwebsignature2020.json'],
    ['vc ecdsa-rdfc-2019 (degree)', 'vc-degree-ecdsa.json'],
    ['vc ecdsa-sd-2023 derived (selective)', 'vc-sd-selective.json'],
    ['ob3-jwt RS256 did:web', 'ob3-jwt-rs256-did-web.jwt'],
    ['ob3-jwt EdDSA did:key', 'ob3-jwt-eddsa-did-key.jwt'],
    ['ob3-di + bitstring status', 'ob3-status-active.json'],
    ['clr2 (2 nested)', 'clr-valid.json'],
  ] as const) {
    const bytes = readFileSync(`${GENERATED}/badges/${file}`);
    await verifyBytes(bytes, file, env);
    const times = await timeRuns(200, async () => {
      const [result] = await verifyBytes(bytes, file, env);
      if (result?.status !== 'verified') throw new Error(`bench: ${file} did not verify`);
    });
    rows.push({ format, medianMs: median(times), p95Ms: percentile(times, 95) });
  }
  return rows;
}
