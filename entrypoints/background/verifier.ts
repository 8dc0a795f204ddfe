import { createFetchHttp } from '../../lib/net/fetch-http';
import { systemClock } from '../../lib/ports';
import type { Settings, TabItem } from '../../lib/protocol/schemas';
import type { Candidate } from '../../lib/detect/candidate';
import type { VerificationResult } from '../../lib/result/types';
import { verifyCandidate } from '../../lib/verify/verify-candidate';
import type { VerifyEnv } from '../../lib/verify/session';
import { platformCanonize } from './offscreen-canonize';
import { createSessionCache } from './session-cache';

const CONCURRENT_CANDIDATES = 6;

/** The core wired to the browser: fetch under SPEC §6, a session-storage cache, the system clock. */
export function createVerifier(settings: () => Settings) {
  const cache = createSessionCache(systemClock);
  let http = makeHttp(settings());
  let running = 0;
  const queue: Array<() => void> = [];

  function makeHttp(current: Settings) {
    return createFetchHttp({ fetch: (...args) => globalThis.fetch(...args), redirects: 'follow', allowLocalNetwork: current.allowLocalNetwork });
  }

  async function slot<T>(task: () => Promise<T>): Promise<T> {
    if (running >= CONCURRENT_CANDIDATES) await new Promise<void>((resolve) => queue.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      queue.shift()?.();
    }
  }

  const canonize = platformCanonize();

  function env(recipient?: string): VerifyEnv {
    return { http, cache, clock: systemClock, ...(canonize ? { canonize } : {}), ...(recipient ? { recipient } : {}) };
  }

  return {
    settingsChanged() {
      http = makeHttp(settings());
    },
    clearCache: () => cache.clear(),
    verifyItem(item: Pick<TabItem, 'candidate'>, source: string): Promise<VerificationResult[]> {
      return slot(() => verifyCandidate(item.candidate as Candidate, env(), source));
    },
    verifyCandidate(candidate: Candidate, source: string, recipient?: string): Promise<VerificationResult[]> {
      return slot(() => verifyCandidate(candidate, env(recipient), source));
    },
    env,
  };
}

export type Verifier = ReturnType<typeof createVerifier>;
