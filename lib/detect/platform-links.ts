import type { Candidate } from './candidate';
import { linkCredential, PLATFORMS, platformById } from './platforms';

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
    const credential = linkCredential(platform.links, url);
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

/** Where a platform publishes Open Badges data for a credential, or undefined when it publishes none. */
export function platformDataUrl(candidate: Extract<Candidate, { kind: 'platform' }>): string | undefined {
  return platformById(candidate.platform).dataUrl?.(candidate);
}
