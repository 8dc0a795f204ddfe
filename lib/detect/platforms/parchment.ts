import { definePlatform, type PlatformFacts } from './platform';

const AWARD_PATH = /^\/u\/award\/([0-9a-f]{32})\/?$/i;

/**
 * Parchment diplomas and transcripts (`parchment.com/u/award/<id>`): link only. Parchment's Open Badges
 * (`badges.parchment.com/public/assertions/…`) are Badgr's and live on another host.
 */
export const parchment = definePlatform({
  id: 'parchment',
  hosts: /^(?:www\.)?parchment\.com$/i,
  linkHint: /parchment\.com/i,
  fromLink(url) {
    const id = AWARD_PATH.exec(url.pathname)?.[1];
    return id ? { url: url.href, id: id.toLowerCase() } : undefined;
  },
  embeds: [],
});

export const parchmentFacts: PlatformFacts = { label: 'Parchment', linkOnly: true };
