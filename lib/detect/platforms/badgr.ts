import { definePlatform, type PlatformFacts } from './platform';

const ASSERTION_PATH = /^(.*\/public\/assertions\/([A-Za-z0-9_-]+))(?:\/image|\.json)?\/?$/;

/**
 * Badgr, Canvas Credentials and Parchment, hosted or self-hosted. The `blockquote.badgr-badge` embed
 * wraps an ordinary assertion link, so it needs no embed reader.
 */
export const badgr = definePlatform({
  id: 'badgr',
  hosts: 'any',
  linkHint: /public\/assertions\//i,
  fromLink(url) {
    const match = ASSERTION_PATH.exec(url.pathname);
    return match?.[1] && match[2] ? { url: `${url.origin}${match[1]}`, id: `${url.host}/${match[2]}` } : undefined;
  },
  embeds: [],
});

export const badgrFacts: PlatformFacts = { label: 'Badgr', dataUrl: (credential) => credential.url };
