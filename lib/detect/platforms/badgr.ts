import { definePlatform, type PlatformFacts } from './platform';

const ASSERTION_PATH = /^(.*\/public\/assertions\/([A-Za-z0-9_-]+))(?:\/image|\.json)?\/?$/;

/**
 * Badgr, Canvas Credentials and Parchment, hosted or self-hosted. The `blockquote.badgr-badge` embed
 * wraps an ordinary assertion link, so it needs no embed reader.
 */
export const badgr = definePlatform({
  id: 'badgr',
  hosts: 'any',
  hints: ['public/assertions/'],
  links: [{ path: ASSERTION_PATH, url: '{origin}{1}', id: '{host}/{2}' }],
  embeds: [],
});

export const badgrFacts: PlatformFacts = { label: 'Badgr', dataUrl: (credential) => credential.url };
