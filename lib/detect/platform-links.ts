import type { Candidate } from './candidate';
import { PLATFORMS, platformById } from './platforms';

/** LinkedIn wraps outbound links in `/redir/redirect?url=…`; the badge is behind it. */
export function unwrapLink(href: string): string {
  try {
    const url = new URL(href);
    if (/(^|\.)linkedin\.com$/i.test(url.hostname) && url.pathname.startsWith('/redir/redirect')) {
      const inner = url.searchParams.get('url');
      if (inner) return unwrapLink(inner);
    }
    const verifyHash = /^#verify\?vc=(.+)$/.exec(url.hash);
    if (verifyHash?.[1]) return decodeURIComponent(verifyHash[1]);
    return url.href;
  } catch {
    return href;
  }
}

/** A link's candidate, if it points at a credential; undefined for every other link. */
export function candidateForLink(href: string): Candidate | undefined {
  try {
    return candidateForUrl(new URL(href));
  } catch {
    return undefined;
  }
}

/** The same for a URL already parsed (parsing is most of what classifying a link costs). */
export function candidateForUrl(parsed: URL): Candidate | undefined {
  const url = unwrapped(parsed);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  // A platform that owns the host decides alone; otherwise platforms found on any host try their paths.
  const owner = PLATFORMS.find((platform) => platform.hosts !== 'any' && platform.hosts.test(url.hostname));
  for (const platform of owner ? [owner] : PLATFORMS.filter((p) => p.hosts === 'any')) {
    const credential = platform.fromLink(url);
    if (credential) return { kind: 'platform', platform: platform.id, ...credential };
  }
  if (owner) return undefined;
  if (/\.(json|jws|jwt)$/i.test(url.pathname)) return { kind: 'link', url: url.href };
  return undefined;
}

/**
 * `unwrapLink` over a parsed URL, parsing again only what a wrapper holds; undefined when that does
 * not parse. (The same as `parsed(unwrapLink(url.href))`, written apart so the eager script holds one.)
 */
function unwrapped(url: URL | undefined): URL | undefined {
  if (url && /(^|\.)linkedin\.com$/i.test(url.hostname) && url.pathname.startsWith('/redir/redirect')) {
    const inner = url.searchParams.get('url');
    if (inner) return unwrapped(parsed(inner));
  }
  const verifyHash = url && /^#verify\?vc=(.+)$/.exec(url.hash);
  if (!verifyHash) return url;
  try {
    return parsed(decodeURIComponent(verifyHash[1]!));
  } catch {
    return url;
  }
}

function parsed(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

/** In the text of every link that can be a candidate: a platform's hint, a credential file, a LinkedIn wrapper, a `#verify` link. */
export const LINK_HINT = new RegExp(
  [...PLATFORMS.map((p) => p.linkHint.source), '\\.(?:json|jws|jwt)', 'linkedin\\.com', '#verify'].join('|'),
  'i',
);

/** Plain ASCII with nothing the URL parser rewrites: no percent escapes, backslashes, dot segments or spaces. */
const PLAIN = /^[!-$&-[\]-~]*$/;
/** The URL standard's special schemes, whose `scheme:path` may be relative to a base of the same scheme. */
const SPECIAL_SCHEMES = /^(?:https?|wss?|ftp|file)$/i;

/**
 * Text that holds every part of the URL `value` resolves to against `base`, so that a hint not found
 * in it is not in the URL either; undefined when only parsing can tell (escapes, dot segments).
 */
export function linkProbe(value: string, base: string): string | undefined {
  const v = value.trim();
  if (!PLAIN.test(v) || v.includes('/.') || v.startsWith('.')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v);
  // `https:page` against an https base is relative to it: only parsing can tell.
  if (scheme && !v.startsWith('//', scheme[0].length) && SPECIAL_SCHEMES.test(scheme[1]!)) return undefined;
  if (scheme || v.startsWith('//')) return v;
  if (v.startsWith('/')) return base.slice(0, base.indexOf('/', base.indexOf('//') + 2) >>> 0) + v;
  if (v === '' || v.startsWith('?') || v.startsWith('#')) return base + v;
  const path = base.split(/[?#]/, 1)[0]!;
  return path.slice(0, path.lastIndexOf('/') + 1) + v;
}

/** False only for a link that cannot be a candidate, told without parsing it. */
export function mayBeCandidateLink(probe: string | undefined): boolean {
  return probe === undefined || LINK_HINT.test(probe);
}

/** Where a platform publishes Open Badges data for a credential, or undefined when it publishes none. */
export function platformDataUrl(candidate: Extract<Candidate, { kind: 'platform' }>): string | undefined {
  return platformById(candidate.platform).dataUrl?.(candidate);
}
