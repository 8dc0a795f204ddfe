import { definePlatform, type PlatformFacts } from './platform';

const CERTIFICATE_PATH = /^\/learning\/certificates\/([0-9a-f]{32,64})\/?$/i;

/** LinkedIn Learning certificates of completion: link only. LinkedIn's other pages are never credentials. */
export const linkedinLearning = definePlatform({
  id: 'linkedin-learning',
  hosts: /^(?:[a-z]{2,3}\.)?(?:www\.)?linkedin\.com$/i,
  hints: ['linkedin.com'],
  links: [{ path: CERTIFICATE_PATH, url: '{origin}{pathname}', id: '{lower 1}' }],
  embeds: [],
});

export const linkedinLearningFacts: PlatformFacts = { label: 'LinkedIn Learning', linkOnly: true };
