import { definePlatform, type PlatformFacts } from './platform';

const CERTIFICATE_PATH =
  /^\/(?:account\/accomplishments\/(?:verify|certificate|specialization(?:\/certificate)?|professional-cert)|verify(?:\/specialization|\/professional-cert)?|share)\/([A-Za-z0-9]{6,64})\/?$/i;

/** Coursera course, specialization and professional certificates: link only. */
export const coursera = definePlatform({
  id: 'coursera',
  hosts: /^(?:www\.)?coursera\.org$/i,
  hints: ['coursera.org'],
  links: [{ path: CERTIFICATE_PATH }],
  embeds: [],
});

export const courseraFacts: PlatformFacts = { label: 'Coursera', linkOnly: true };
