import { readFileSync } from 'node:fs';
import { verifyCredential } from '@digitalcredentials/verifier-core';
import { createMemoryCache } from '../lib/net/memory-cache';
import { systemClock } from '../lib/core/ports';
import type { VerifyEnv } from '../lib/core/session';
import { verifyBytes } from '../lib/verify/pipeline';
import { createFakeHttp } from '../tests/support/fake-http';
import { stockJsonLdTools } from '../tests/support/stock-canonize';
import { interleave, pairedRatio } from './interleave';

const CASES = [
  { suite: 'eddsa-rdfc-2022 (did:key)', file: 'tests/fixtures/vectors/dcc/verifier-core_v2OBv3SpecExample.json' },
  { suite: 'Ed25519Signature2020 (did:key)', file: 'tests/fixtures/vectors/dcc/verifier-core_v2NoStatus.json' },
];

const ROUNDS = 300;

/**
 * Data Integrity verification, warm, side by side in one process with @digitalcredentials/verifier-core
 * on the same credentials, and with our pipeline over stock jsonld.js options (the "before" of
 * lib/jsonld's speed-ups). All run offline: the peer's fetches (it loads a JSON Schema) fail at once.
 */
export async function benchDataIntegrity() {
  const realFetch = globalThis.fetch;
  const quiet = { error: console.error, log: console.log, warn: console.warn };
  globalThis.fetch = (() => Promise.reject(new TypeError('offline bench'))) as typeof fetch;
  console.error = console.log = console.warn = () => undefined; // the peer logs every failed schema fetch
  try {
    const env: VerifyEnv = {
      http: createFakeHttp(() => ({ fail: 'net.offline' })),
      cache: createMemoryCache(systemClock),
      clock: systemClock,
    };
    const rows = [];
    for (const { suite, file } of CASES) {
      const bytes = readFileSync(file);
      const credential = JSON.parse(bytes.toString('utf8')) as never;
      const ours = (jsonldEnv: VerifyEnv) => async () => {
        const [result] = await verifyBytes(bytes, file, jsonldEnv);
        if (result?.status !== 'verified') throw new Error(`bench: ${file} is ${result?.status}`);
      };
      const theirs = async () => {
        const response = (await verifyCredential({ credential, knownDIDRegistries: [] })) as {
          log?: Array<{ id: string; valid: boolean }>;
        };
        if (!response.log?.find((l) => l.id === 'valid_signature')?.valid) throw new Error(`bench: verifier-core rejected ${file}`);
      };
      const [now, before, peer] = await interleave(ROUNDS, [
        { name: 'ours', run: ours(env) },
        { name: 'ours, stock jsonld', run: ours({ ...env, jsonld: stockJsonLdTools }) },
        { name: 'verifier-core', run: theirs },
      ]);
      rows.push({
        suite,
        oursMedianMs: now!.medianMs,
        oursP95Ms: now!.p95Ms,
        stockJsonLdMedianMs: before!.medianMs,
        peerMedianMs: peer!.medianMs,
        peerP95Ms: peer!.p95Ms,
        /** ours ÷ verifier-core: the median of per-round ratios (bench/interleave.ts). */
        ratio: pairedRatio(now!, peer!),
        stockRatio: pairedRatio(now!, before!),
      });
    }
    return rows;
  } finally {
    globalThis.fetch = realFetch;
    Object.assign(console, quiet);
  }
}
