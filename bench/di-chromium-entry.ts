/**
 * The page half of bench/di-chromium.ts: our pipeline and @digitalcredentials/verifier-core bundled
 * into one page, each verifying the same credential, offline, in interleaved rounds.
 */
import { verifyCredential } from '@digitalcredentials/verifier-core';
import { systemClock } from '../lib/core/ports';
import type { VerifyEnv } from '../lib/core/session';
import { createMemoryCache } from '../lib/net/memory-cache';
import { verifyBytes } from '../lib/verify/pipeline';

/** Verifications per timed sample: the page's clock is coarsened to 0.1 ms, a verification takes 1–4 ms. */
const BATCH = 4;

const offline: VerifyEnv['http'] = async () => ({ ok: false, code: 'net.offline', detail: 'offline bench' });

async function run(credentialText: string, rounds: number) {
  globalThis.fetch = (() => Promise.reject(new TypeError('offline bench'))) as typeof fetch;
  console.error = console.log = console.warn = () => undefined; // the peer logs every failed schema fetch
  const env: VerifyEnv = { http: offline, cache: createMemoryCache(systemClock), clock: systemClock };
  const bytes = new TextEncoder().encode(credentialText);
  const credential = JSON.parse(credentialText);
  const contenders = [
    async () => {
      const [result] = await verifyBytes(bytes, 'credential.json', env);
      if (result?.status !== 'verified') throw new Error(`ours: ${result?.status}`);
    },
    async () => {
      const response = (await verifyCredential({ credential, knownDIDRegistries: [] })) as { log?: Array<{ id: string; valid: boolean }> };
      if (!response.log?.find((l) => l.id === 'valid_signature')?.valid) throw new Error('verifier-core rejected the credential');
    },
  ];
  const times: number[][] = [[], []];
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const at = (i + round) % contenders.length;
      const start = performance.now();
      for (let b = 0; b < BATCH; b++) await contenders[at]!();
      times[at]!.push((performance.now() - start) / BATCH);
    }
  }
  return { ours: times[0]!, peer: times[1]! };
}

(globalThis as { badgeLensDiBench?: typeof run }).badgeLensDiBench = run;
