import { definePlatform, type PlatformFacts } from './platform';

const CREDENTIAL_PATH = /^\/(?:[^/]+\/)?([A-Za-z0-9-]{6,})\/?$/;

/** Accredible (`credential.net`): link-only, it publishes no Open Badges data to verify. */
export const accredible = definePlatform({
  id: 'accredible',
  hosts: /(^|\.)credential\.net$|(^|\.)accredible\.com$/i,
  hints: ['credential.net', 'accredible.com'],
  links: [{ path: CREDENTIAL_PATH }],
  embeds: [],
});

export const accredibleFacts: PlatformFacts = { label: 'Accredible' };
