/**
 * Before/after for warm Data Integrity in Node: this checkout's pipeline, another checkout's (the
 * "before", e.g. `git archive <commit>` unpacked with node_modules linked) and verifier-core,
 * interleaved in one process, as bench/verify-di.ts measures.
 * usage: npx tsx bench/compare-di.ts /path/to/other/checkout [rounds]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { verifyCredential } from '@digitalcredentials/verifier-core';
import { createMemoryCache } from '../lib/net/memory-cache';
import { systemClock } from '../lib/core/ports';
import type { VerifyEnv } from '../lib/core/session';
import { verifyBytes } from '../lib/verify/pipeline';
import { createFakeHttp } from '../tests/support/fake-http';
import { interleave, pairedRatio } from './interleave';

const FILE = 'tests/fixtures/vectors/dcc/verifier-core_v2OBv3SpecExample.json';
const other = resolve(process.argv[2] ?? '');
const rounds = Number(process.argv[3] ?? 300);
const before = (await import(pathToFileURL(`${other}/lib/verify/pipeline.ts`).href)) as { verifyBytes: typeof verifyBytes };

globalThis.fetch = (() => Promise.reject(new TypeError('offline bench'))) as typeof fetch;
const print = console.log;
console.error = console.warn = console.log = () => undefined; // the peer logs every failed schema fetch
const env: VerifyEnv = { http: createFakeHttp(() => ({ fail: 'net.offline' })), cache: createMemoryCache(systemClock), clock: systemClock };
const bytes = readFileSync(FILE);
const credential = JSON.parse(bytes.toString('utf8')) as never;
const check = (verify: typeof verifyBytes) => async () => {
  const [result] = await verify(bytes, FILE, env);
  if (result?.status !== 'verified') throw new Error(`bench: ${FILE} is ${result?.status}`);
};
const [now, then, peer] = await interleave(rounds, [
  { name: 'this checkout', run: check(verifyBytes) },
  { name: other, run: check(before.verifyBytes) },
  { name: 'verifier-core', run: () => verifyCredential({ credential, knownDIDRegistries: [] }) },
]);
print(
  JSON.stringify({
    nowMs: now!.medianMs,
    beforeMs: then!.medianMs,
    peerMs: peer!.medianMs,
    nowOverPeer: pairedRatio(now!, peer!),
    beforeOverPeer: pairedRatio(then!, peer!),
    nowOverBefore: pairedRatio(now!, then!),
  }),
);
