import type { Candidate } from './candidate';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CREDLY = new RegExp(`^(?:www\\.)?(?:credly\\.com|youracclaim\\.com)$`, 'i');
const CREDLY_PATH = new RegExp(`^/(?:badges|embedded_badge)/(${UUID})(?:/|$)`, 'i');
const BADGR_PATH = /^(.*\/public\/assertions\/([A-Za-z0-9_-]+))(?:\/image|\.json)?\/?$/;
const ACCREDIBLE = /(^|\.)credential\.net$|(^|\.)accredible\.com$/i;

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
  let url: URL;
  try {
    url = new URL(unwrapLink(href));
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (CREDLY.test(url.hostname)) {
    const id = CREDLY_PATH.exec(url.pathname)?.[1];
    return id ? { kind: 'platform', platform: 'credly', url: url.href, id: id.toLowerCase() } : undefined;
  }
  if (ACCREDIBLE.test(url.hostname)) {
    const id = /^\/(?:[^/]+\/)?([A-Za-z0-9-]{6,})\/?$/.exec(url.pathname)?.[1];
    return id ? { kind: 'platform', platform: 'accredible', url: url.href, id } : undefined;
  }
  const badgr = BADGR_PATH.exec(url.pathname);
  if (badgr?.[1] && badgr[2]) {
    return { kind: 'platform', platform: 'badgr', url: `${url.origin}${badgr[1]}`, id: `${url.host}/${badgr[2]}` };
  }
  if (/\.(json|jws|jwt)$/i.test(url.pathname)) return { kind: 'link', url: url.href };
  return undefined;
}

export function credlyEmbed(id: string): Candidate | undefined {
  const match = new RegExp(`^${UUID}$`, 'i').exec(id.trim());
  return match ? { kind: 'platform', platform: 'credly', url: `https://www.credly.com/badges/${id.trim().toLowerCase()}`, id: id.trim().toLowerCase() } : undefined;
}

/** Where a platform publishes Open Badges data for a credential, or undefined when it publishes none. */
export function platformDataUrl(candidate: Extract<Candidate, { kind: 'platform' }>): string | undefined {
  switch (candidate.platform) {
    case 'credly':
      return `https://api.credly.com/v1/obi/v2/badge_assertions/${candidate.id}`;
    case 'badgr':
      return candidate.url;
    case 'accredible':
      return undefined;
  }
}
