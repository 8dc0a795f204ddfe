import type { Candidate } from './candidate';
import { candidateForUrl } from './platform-links';
import { resolveBase } from './resolve-base';

/** Entries kept before the memo starts again (a feed that never stops scrolling must not grow it forever). */
const MAX_ENTRIES = 20_000;

/**
 * URL resolution and link classification remembered across scans of one page view: a page rescanned
 * every few hundred ms parses each of its thousands of URLs once, not three times per scan.
 * Both answers depend only on their inputs, so a remembered one is the one that would be computed. A link
 * seen for the first time is parsed once: its absolute form and its candidate come from the same `URL`.
 */
export function createLinkMemo() {
  /** By base, then by value: no key is built per lookup. */
  let resolved = new Map<string, Map<string, Resolved | undefined>>();
  let size = 0;
  /** By page URL, then by the element's raw base. */
  const bases = new Map<string, Map<string, string>>();

  return {
    /** What an element's relative URLs resolve against (from its raw `baseURI` and the page's URL), once per page view. */
    base(raw: string, pageUrl: string): string {
      let byRaw = bases.get(pageUrl);
      if (!byRaw) {
        if (bases.size >= 16) bases.clear();
        byRaw = new Map();
        bases.set(pageUrl, byRaw);
      }
      let base = byRaw.get(raw);
      if (base === undefined) {
        if (byRaw.size >= 64) byRaw.clear();
        base = resolveBase(raw, pageUrl);
        byRaw.set(raw, base);
      }
      return base;
    },
    /** `value` resolved against `base` (an http(s) or data: URL, or undefined) and the candidate it links to, from one parse. */
    resolve(value: string, base: string): Resolved | undefined {
      let byValue = resolved.get(base);
      if (byValue?.has(value)) return byValue.get(value);
      if (size >= MAX_ENTRIES) {
        resolved = new Map();
        size = 0;
      }
      if (!byValue) {
        byValue = new Map();
        resolved.set(base, byValue);
      }
      const answer = resolveLink(value, base);
      byValue.set(value, answer);
      size++;
      return answer;
    },
  };
}

export type LinkMemo = ReturnType<typeof createLinkMemo>;

export interface Resolved {
  href: string;
  /** What `candidateForLink(href)` says. */
  candidate: Candidate | undefined;
}

function resolveLink(value: string, base: string): Resolved | undefined {
  const url = parsedUrl(value, base);
  return url ? { href: url.href, candidate: candidateForUrl(url) } : undefined;
}

function parsedUrl(value: string, base: string): URL | undefined {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'data:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export function absoluteUrl(value: string, base: string): string | undefined {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'data:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
