import { createFetchHttp } from '../../lib/net/fetch-http';
import { createHostLimiter } from '../../lib/net/host-limiter';
import { systemClock } from '../../lib/core/ports';
import type { Settings, TabItem } from '../../lib/protocol/schemas';
import type { VerificationResult } from '../../lib/result/types';
import { verifyCandidate } from '../../lib/verify/verify-candidate';
import type { VerifyEnv } from '../../lib/core/session';
import { platformCanonize } from './offscreen-canonize';
import { createSessionCache } from './session-cache';
import { watchRedirects } from './redirect-watch';

/** Candidates verified at once; each may fetch several issuer resources, four per host at most. */
const CONCURRENT_CANDIDATES = 6;

/** The core wired to the browser: fetch under SPEC §6, a session-storage cache, the system clock. */
export function createVerifier(settings: () => Settings) {
  const cache = createSessionCache(systemClock);
  let http = makeHttp(settings());

  function makeHttp(current: Settings) {
    return createFetchHttp({ fetch: (...args) => globalThis.fetch(...args), redirects: 'manual', revealRedirect: watchRedirects(), allowLocalNetwork: current.allowLocalNetwork });
  }

  const limit = createHostLimiter(CONCURRENT_CANDIDATES);

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
      return limit('candidates', () => verifyCandidate(item.candidate, env(), source));
    },
    env,
  };
}

export type Verifier = ReturnType<typeof createVerifier>;
