import { createFetchHttp } from '../../lib/net/fetch-http';
import { createHostLimiter } from '../../lib/net/host-limiter';
import { systemClock } from '../../lib/core/ports';
import { candidateKey } from '../../lib/detect/candidate';
import { fetchImage, type ImageOutcome } from '../../lib/images/fetch-image';
import type { Settings, TabItem } from '../../lib/protocol/schemas';
import type { VerificationResult } from '../../lib/result/types';
import { verifyCandidate } from '../../lib/verify/verify-candidate';
import type { VerifyEnv } from '../../lib/core/session';
import type { VerifierPorts } from './ports';
import { createRecentCache } from './recent-cache';
import { createSessionCache } from './session-cache';
import { shareConcurrentRequests } from './shared-requests';

/** Candidates verified at once; each may fetch several issuer resources, four per host at most. */
const CONCURRENT_CANDIDATES = 16;
/** A candidate seen again within this window (in-page navigation back and forth) gets the same results. */
export const RESULT_WINDOW_MS = 60_000;
/** Reopening a card within this window shows the image fetched before. */
export const IMAGE_WINDOW_MS = 5 * 60_000;

export interface VerifyItemOptions {
  fresh?: boolean;
  anchors?: true;
}

/** The core wired to the browser: fetch under docs/SPEC.md §6, a session-storage cache, the system clock. */
export function createVerifier(settings: () => Settings, ports: VerifierPorts) {
  const clock = ports.clock ?? systemClock;
  const cache = createSessionCache(clock, ports.session);
  const results = createRecentCache<VerificationResult[]>(clock, RESULT_WINDOW_MS, 600);
  const images = createRecentCache<ImageOutcome>(clock, IMAGE_WINDOW_MS, 20);
  let http = makeHttp(settings());

  function makeHttp(current: Settings) {
    // Always by hand: each hop is checked before it is requested (docs/SPEC.md §6); in the browser the
    // hidden Location of an opaque redirect comes from `revealRedirect`, without it the hop is refused.
    return shareConcurrentRequests(
      createFetchHttp({
        fetch: ports.fetch,
        redirects: 'manual',
        ...(ports.revealRedirect ? { revealRedirect: ports.revealRedirect } : {}),
        allowLocalNetwork: current.allowLocalNetwork,
      }),
    );
  }

  const limit = createHostLimiter(CONCURRENT_CANDIDATES);

  const { jsonld } = ports;

  function env(recipient?: string): VerifyEnv {
    const anchors = settings().checkAnchors === true ? { anchors: true } : {};
    return { http, cache, clock, ...(jsonld ? { jsonld } : {}), ...(recipient ? { recipient } : {}), ...anchors };
  }

  return {
    settingsChanged() {
      http = makeHttp(settings());
      results.clear();
      images.clear();
    },
    async clearCache() {
      results.clear();
      images.clear();
      await cache.clear();
    },
    /**
     * `fresh` (an explicit re-check) verifies again even when the candidate was verified a moment ago;
     * `anchors` looks this one item's Blockcerts anchor up, whatever the setting (the card's button).
     */
    verifyItem(item: Pick<TabItem, 'candidate'>, source: string, options: VerifyItemOptions = {}): Promise<VerificationResult[]> {
      const key = `${candidateKey(item.candidate)}\n${source}${options.anchors ? '\nanchors' : ''}`;
      const current = options.anchors ? { ...env(), anchors: true } : env();
      return results.get(key, () => limit('candidates', () => verifyCandidate(item.candidate, current, source)), options);
    },
    /** A credential's image as a `data:` URL, fetched under the same rules as everything else. */
    image: (url: string): Promise<ImageOutcome> => images.get(url, () => fetchImage(http, url)),
    env,
  };
}

export type Verifier = ReturnType<typeof createVerifier>;
