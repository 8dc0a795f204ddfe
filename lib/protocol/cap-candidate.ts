import type { Candidate } from '../detect/candidate';
import { BULK_MAX, capText, EMBEDDED_MAX, LIMITS, PLATFORM_ID_MAX, URL_MAX } from './limits';

/**
 * A candidate within `candidateSchema`'s limits (`schemas.ts`), and whether anything had to be cut:
 * the same cut as `capTo(candidateSchema, …)` (a property test holds them equal), without zod, so the
 * eager content script sends candidates before the overlay half has loaded.
 */
export function capCandidate(candidate: Candidate): { candidate: Candidate; truncated: boolean } {
  const capped = cutCandidate(candidate);
  return { candidate: capped, truncated: capped !== candidate };
}

function cutCandidate(candidate: Candidate): Candidate {
  switch (candidate.kind) {
    case 'image': {
      const url = capText(candidate.url, LIMITS.bulk);
      return url === candidate.url ? candidate : { ...candidate, url };
    }
    case 'svg-markup': {
      const markup = capText(candidate.markup, LIMITS.bulk);
      return markup === candidate.markup ? candidate : { ...candidate, markup };
    }
    case 'embedded': {
      const text = capText(candidate.text, LIMITS.embedded);
      return text === candidate.text ? candidate : { ...candidate, text };
    }
    case 'link': {
      const url = capText(candidate.url, LIMITS.url);
      return url === candidate.url ? candidate : { ...candidate, url };
    }
    case 'platform': {
      const url = capText(candidate.url, LIMITS.url);
      const id = capText(candidate.id, LIMITS.platformId);
      return url === candidate.url && id === candidate.id ? candidate : { ...candidate, url, id };
    }
  }
}

/**
 * True when `capCandidate` would cut nothing, judged by UTF-16 length alone (never shorter than the
 * code points the limits count). The eager content script sends such a candidate as it is; any other
 * waits for the view, which carries `capCandidate`.
 */
export function fitsUncut(candidate: Candidate): boolean {
  switch (candidate.kind) {
    case 'image':
      return candidate.url.length <= BULK_MAX;
    case 'svg-markup':
      return candidate.markup.length <= BULK_MAX;
    case 'embedded':
      return candidate.text.length <= EMBEDDED_MAX;
    case 'link':
      return candidate.url.length <= URL_MAX;
    case 'platform':
      return candidate.url.length <= URL_MAX && candidate.id.length <= PLATFORM_ID_MAX;
  }
}
