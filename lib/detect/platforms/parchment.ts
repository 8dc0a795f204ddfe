import { definePlatform, type PlatformFacts } from './platform';

const AWARD_PATH = /^\/u\/award\/([0-9a-f]{32})\/?$/i;

/**
 * Parchment diplomas and transcripts (`parchment.com/u/award/<id>`): link only. Parchment's Open Badges
 * (`badges.parchment.com/public/assertions/…`) are Badgr's and live on another host.
 */
export const parchment = definePlatform({
  id: 'parchment',
  hosts: /^(?:www\.)?parchment\.com$/i,
  hints: ['parchment.com'],
  links: [{ path: AWARD_PATH, id: '{lower 1}' }],
  embeds: [],
});

export const parchmentFacts: PlatformFacts = { label: 'Parchment', linkOnly: true };
