import { definePlatform, type PlatformFacts } from './platform';

const SHARE_PATH = /^\/api\/credentials\/share\/[a-z]{2}(?:-[a-z]{2,4})?\/([^/]+)\/([0-9A-F]{8,32})\/?$/i;
const TRANSCRIPT_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2,4})?\/)?users\/([^/]+)\/(?:transcript|credentials)\/([A-Za-z0-9-]{6,})\/?$/i;

/** Microsoft Learn certifications and transcripts: link only (Microsoft publishes no Open Badges data since leaving Credly). */
export const microsoftLearn = definePlatform({
  id: 'microsoft-learn',
  hosts: /^learn\.microsoft\.com$/i,
  hints: ['learn.microsoft.com'],
  links: [
    { path: SHARE_PATH, id: '{1}/{2}' },
    { path: TRANSCRIPT_PATH, id: '{1}/{2}' },
  ],
  embeds: [],
});

export const microsoftLearnFacts: PlatformFacts = { label: 'Microsoft Learn', linkOnly: true };
