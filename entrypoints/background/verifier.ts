import { createFetchHttp } from '../../lib/net/fetch-http';
import { createHostLimiter } from '../../lib/net/host-limiter';
import { systemClock } from '../../lib/core/ports';
import type { Settings, TabItem } from '../../lib/protocol/schemas';
import type { VerificationResult } from '../../lib/result/types';
import { verifyCandidate } from '../../lib/verify/verify-candidate';
import type { VerifyEnv } from '../../lib/core/session';
import type { VerifierPorts } from './ports';
import { createSessionCache } from './session-cache';

/** Candidates verified at once; each may fetch several issuer resources, four per host at most. */
const CONCURRENT_CANDIDATES = 6;

/** The core wired to the browser: fetch under docs/SPEC.md §6, a session-storage cache, the system clock. */
export function createVerifier(settings: () => Settings, ports: VerifierPorts) {
  const cache = createSessionCache(systemClock, ports.session);
  let http = makeHttp(settings());

  function makeHttp(current: Settings) {
    // Always by hand: each hop is checked before it is requested (docs/SPEC.md §6); in the browser the
    // hidden Location of an opaque redirect comes from `revealRedirect`, without it the hop is refused.
    return createFetchHttp({
      fetch: ports.fetch,
      redirects: 'manual',
      ...(ports.revealRedirect ? { revealRedirect: ports.revealRedirect } : {}),
      allowLocalNetwork: current.allowLocalNetwork,
    });
  }

  const limit = createHostLimiter(CONCURRENT_CANDIDATES);

  const { jsonld } = ports;

  function env(recipient?: string): VerifyEnv {
    const anchors = settings().checkAnchors === true ? { anchors: true } : {};
    return { http, cache, clock: systemClock, ...(jsonld ? { jsonld } : {}), ...(recipient ? { recipient } : {}), ...anchors };
  }

  return {
    settingsChanged() {
      http = makeHttp(settings());
    },
    clearCache: () => cache.clear(),
    /** `anchors`: look this one item's Blockcerts anchor up, whatever the setting (the card's button). */
    verifyItem(item: Pick<TabItem, 'candidate'>, source: string, anchors?: true): Promise<VerificationResult[]> {
      return limit('candidates', () => verifyCandidate(item.candidate, anchors ? { ...env(), anchors } : env(), source));
    },
    env,
  };
}

export type Verifier = ReturnType<typeof createVerifier>;
