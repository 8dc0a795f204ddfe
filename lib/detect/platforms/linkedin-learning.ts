import { definePlatform, type PlatformFacts } from './platform';

const CERTIFICATE_PATH = /^\/learning\/certificates\/([0-9a-f]{32,64})\/?$/i;

/** LinkedIn Learning certificates of completion: link only. LinkedIn's other pages are never credentials. */
export const linkedinLearning = definePlatform({
  id: 'linkedin-learning',
  hosts: /^(?:[a-z]{2,3}\.)?(?:www\.)?linkedin\.com$/i,
  linkHint: /linkedin\.com/i,
  fromLink(url) {
    const id = CERTIFICATE_PATH.exec(url.pathname)?.[1];
    return id ? { url: `${url.origin}${url.pathname}`, id: id.toLowerCase() } : undefined;
  },
  embeds: [],
});

export const linkedinLearningFacts: PlatformFacts = { label: 'LinkedIn Learning', linkOnly: true };
