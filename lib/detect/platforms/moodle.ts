import { definePlatform, type PlatformFacts } from './platform';

/** The hosted assertion of the badge whose hash is the second group, beside the page (the first group: the site's path). */
const ASSERTION = '{origin}{1}/badges/assertion.php?b={lower 2}&obversion=2';
const ID = '{host}/{lower 2}';

/**
 * Moodle's own badges, on any Moodle site: the badge page `…/badges/badge.php?hash=<hash>` and the hosted
 * Open Badges 2.0 assertion `…/badges/assertion.php?b=<hash>&obversion=2`. The issuer is whoever runs the site.
 */
export const moodle = definePlatform({
  id: 'moodle',
  hosts: 'any',
  hints: ['badges/assertion.php', 'badges/badge.php'],
  links: [
    { path: /^(.*)\/badges\/badge\.php\?([0-9a-fA-F]{32,64})$/, query: 'hash', url: ASSERTION, id: ID },
    { path: /^(.*)\/badges\/assertion\.php\?([0-9a-fA-F]{32,64})$/, query: 'b', url: ASSERTION, id: ID },
  ],
  embeds: [],
});

export const moodleFacts: PlatformFacts = { label: 'Moodle', dataUrl: (credential) => credential.url };
