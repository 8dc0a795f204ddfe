import { definePlatform, type PlatformFacts } from './platform';

const CREDENTIAL_PATH = /^\/(?:[^/]+\/)?([A-Za-z0-9-]{6,})\/?$/;

/** Accredible (`credential.net`): link-only, it publishes no Open Badges data to verify. */
export const accredible = definePlatform({
  id: 'accredible',
  hosts: /(^|\.)credential\.net$|(^|\.)accredible\.com$/i,
  linkHint: /credential\.net|accredible\.com/i,
  fromLink(url) {
    const id = CREDENTIAL_PATH.exec(url.pathname)?.[1];
    return id ? { url: url.href, id } : undefined;
  },
  embeds: [],
});

export const accredibleFacts: PlatformFacts = { label: 'Accredible' };
