import type { Candidate } from './candidate';
import { candidateForLink } from './platform-links';

/** Entries kept before the memo starts again (a feed that never stops scrolling must not grow it forever). */
const MAX_ENTRIES = 20_000;

/**
 * URL resolution and link classification remembered across scans of one page view: a page rescanned
 * every few hundred ms parses each of its thousands of URLs once, not three times per scan.
 * Both answers depend only on their inputs, so a remembered one is the one that would be computed.
 */
export function createLinkMemo() {
  const resolved = new Map<string, string | undefined>();
  const links = new Map<string, Candidate | undefined>();

  function remembered<V>(map: Map<string, V>, key: string, compute: () => V): V {
    if (map.has(key)) return map.get(key) as V;
    if (map.size >= MAX_ENTRIES) map.clear();
    const value = compute();
    map.set(key, value);
    return value;
  }

  return {
    /** `value` resolved against `base`: an http(s) or data: URL, or undefined. */
    absolute: (value: string, base: string): string | undefined =>
      remembered(resolved, `${base}\n${value}`, () => absoluteUrl(value, base)),
    candidateForLink: (href: string): Candidate | undefined => remembered(links, href, () => candidateForLink(href)),
  };
}

export type LinkMemo = ReturnType<typeof createLinkMemo>;

export function absoluteUrl(value: string, base: string): string | undefined {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'data:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
