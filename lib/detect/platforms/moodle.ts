import { definePlatform, type PlatformFacts } from './platform';

const PAGE = /^(.*)\/badges\/(assertion|badge)\.php$/;
const HASH = /^[0-9a-f]{32,64}$/i;

/**
 * Moodle's own badges, on any Moodle site: the badge page `…/badges/badge.php?hash=<hash>` and the hosted
 * Open Badges 2.0 assertion `…/badges/assertion.php?b=<hash>&obversion=2`. The issuer is whoever runs the site.
 */
export const moodle = definePlatform({
  id: 'moodle',
  hosts: 'any',
  linkHint: /badges\/(?:assertion|badge)\.php/i,
  fromLink(url) {
    const match = PAGE.exec(url.pathname);
    const hash = match?.[2] === 'badge' ? url.searchParams.get('hash') : url.searchParams.get('b');
    if (!match || !hash || !HASH.test(hash)) return undefined;
    return {
      url: `${url.origin}${match[1]}/badges/assertion.php?b=${hash.toLowerCase()}&obversion=2`,
      id: `${url.host}/${hash.toLowerCase()}`,
    };
  },
  embeds: [],
});

export const moodleFacts: PlatformFacts = { label: 'Moodle', dataUrl: (credential) => credential.url };
