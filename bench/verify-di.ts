import { readFileSync } from 'node:fs';
import { verifyCredential } from '@digitalcredentials/verifier-core';
import { createMemoryCache } from '../lib/net/memory-cache';
import { systemClock } from '../lib/core/ports';
import { verifyBytes } from '../lib/verify/pipeline';
import { createFakeHttp } from '../tests/support/fake-http';
import { median, percentile, timeRuns } from './stats';

const CASES = [
  { suite: 'eddsa-rdfc-2022 (did:key)', file: 'tests/fixtures/vectors/dcc/verifier-core_v2OBv3SpecExample.json' },
  { suite: 'Ed25519Signature2020 (did:key)', file: 'tests/fixtures/vectors/dcc/verifier-core_v2NoStatus.json' },
];

/**
 * Data Integrity verification, warm, side by side with @digitalcredentials/verifier-core on the same
 * credentials. Both run offline: the peer's fetches (it loads a JSON Schema) fail at once.
 */
export async function benchDataIntegrity() {
  const realFetch = globalThis.fetch;
  const quiet = { error: console.error, log: console.log, warn: console.warn };
  globalThis.fetch = (() => Promise.reject(new TypeError('offline bench'))) as typeof fetch;
  console.error = console.log = console.warn = () => undefined; // the peer logs every failed schema fetch
  try {
    const env = { http: createFakeHttp(() => ({ fail: 'net.offline' })), cache: createMemoryCache(systemClock), clock: systemClock };
    const rows = [];
    for (const { suite, file } of CASES) {
      const bytes = readFileSync(file);
      const credential = JSON.parse(bytes.toString('utf8')) as never;
      const ours = async () => {
        const [result] = await verifyBytes(bytes, file, env);
        if (result?.status !== 'verified') throw new Error(`bench: ${file} is ${result?.status}`);
      };
      const theirs = async () => {
        const response = (await verifyCredential({ credential, knownDIDRegistries: [] })) as { log?: Array<{ id: string; valid: boolean }> };
        if (!response.log?.find((l) => l.id === 'valid_signature')?.valid) throw new Error(`bench: verifier-core rejected ${file}`);
      };
      await ours();
      await theirs();
      const a = await timeRuns(40, ours);
      const b = await timeRuns(40, theirs);
      rows.push({ suite, oursMedianMs: median(a), oursP95Ms: percentile(a, 95), peerMedianMs: median(b), peerP95Ms: percentile(b, 95) });
    }
    return rows;
  } finally {
    globalThis.fetch = realFetch;
    Object.assign(console, quiet);
  }
}
