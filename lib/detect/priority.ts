import type { Candidate } from './candidate';

/**
 * What the content script measured of a candidate's element (lib/ cannot look at the page):
 * `yes` — drawn larger than 2 px each way, not hidden or transparent, inside the document;
 * `unknown` — an image whose size is not known until it loads; `no` — none of the above.
 */
export interface Visibility {
  shown: 'yes' | 'unknown' | 'no';
  /** Within about a screen of the viewport. */
  nearViewport: boolean;
}

const SHOWN_RANK: Record<Visibility['shown'], number> = { yes: 2, unknown: 1, no: 0 };

/** How much each kind looks like a badge: credentials the page states outright first, bare images last. */
const KIND_RANK: Record<Candidate['kind'], number> = { embedded: 3, 'svg-markup': 3, platform: 3, link: 2, image: 1 };

/**
 * Higher is checked first when a page has more candidates than the per-page limit: what a reader can
 * see, then what is near the viewport, then what looks most like a badge. An inline credential
 * (`<script>`) has no box of its own and counts as shown.
 */
export function candidatePriority(candidate: Candidate, visibility: Visibility): number {
  const shown = candidate.kind === 'embedded' ? SHOWN_RANK.yes : SHOWN_RANK[visibility.shown];
  return shown * 100 + (visibility.nearViewport ? 10 : 0) + KIND_RANK[candidate.kind];
}

/** `items` highest priority first; equal ones keep their order (the page's). */
export function byPriority<T>(items: readonly T[], priority: (item: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index, score: priority(item) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ item }) => item);
}
