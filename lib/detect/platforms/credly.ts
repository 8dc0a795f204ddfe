import { definePlatform, type PlatformFacts } from './platform';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const BADGE_PATH = new RegExp(`^/(?:badges|embedded_badge|earner/earned/badge|earner/earned/share)/(${UUID})(?:/|$)`, 'i');
const EMBED_ID = new RegExp(`^${UUID}$`, 'i');

/**
 * Credly (formerly Acclaim): badge pages, the earner's own `/earner/earned/badge|share/<uuid>` links (the
 * same badge id), the embed `<div>` and its `<iframe>` (`/embedded_badge/<uuid>`).
 */
export const credly = definePlatform({
  id: 'credly',
  hosts: /^(?:www\.)?(?:credly\.com|youracclaim\.com)$/i,
  linkHint: /credly\.com|youracclaim\.com/i,
  fromLink(url) {
    const id = BADGE_PATH.exec(url.pathname)?.[1];
    return id ? { url: url.href, id: id.toLowerCase() } : undefined;
  },
  embeds: [
    {
      selector: '[data-share-badge-id]',
      attribute: 'data-share-badge-id',
      toCredential(value) {
        const id = value.trim().toLowerCase();
        return EMBED_ID.test(id) ? { url: `https://www.credly.com/badges/${id}`, id } : undefined;
      },
    },
  ],
});

export const credlyFacts: PlatformFacts = {
  label: 'Credly',
  dataUrl: (credential) => `https://api.credly.com/v1/obi/v2/badge_assertions/${credential.id}`,
};
