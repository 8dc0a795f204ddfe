import { definePlatform, type PlatformFacts } from './platform';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const BADGE_PATH = new RegExp(`^/(?:badges|embedded_badge|earner/earned/badge|earner/earned/share)/(${UUID})(?:/|$)`, 'i');

/**
 * Credly (formerly Acclaim): badge pages, the earner's own `/earner/earned/badge|share/<uuid>` links (the
 * same badge id), the embed `<div>` and its `<iframe>` (`/embedded_badge/<uuid>`).
 */
export const credly = definePlatform({
  id: 'credly',
  hosts: /^(?:www\.)?(?:credly\.com|youracclaim\.com)$/i,
  hints: ['credly.com', 'youracclaim.com'],
  links: [{ path: BADGE_PATH, id: '{lower 1}' }],
  embeds: [
    {
      attribute: 'data-share-badge-id',
      value: new RegExp(`^(${UUID})$`, 'i'),
      url: 'https://www.credly.com/badges/{lower 1}',
      id: '{lower 1}',
    },
  ],
});

export const credlyFacts: PlatformFacts = {
  label: 'Credly',
  dataUrl: (credential) => `https://api.credly.com/v1/obi/v2/badge_assertions/${credential.id}`,
};
