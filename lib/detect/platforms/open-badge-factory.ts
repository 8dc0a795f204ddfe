import { definePlatform, type PlatformFacts } from './platform';

const ASSERTION_PATH = /^\/v1\/assertion\/([0-9a-f]{16,64})(?:\.html|\.json)?\/?$/i;
const CREDENTIAL_PATH = /^\/obv3\/credentials\/([0-9a-f]{16,64})\/?$/i;

/** Open Badge Factory (Finland): OB 2.0 assertions `/v1/assertion/<id>` (JSON at `.json`) and OB 3.0 `/obv3/credentials/<id>`. */
export const openBadgeFactory = definePlatform({
  id: 'open-badge-factory',
  hosts: /(^|\.)openbadgefactory\.com$/i,
  linkHint: /openbadgefactory\.com/i,
  fromLink(url) {
    const assertion = ASSERTION_PATH.exec(url.pathname)?.[1];
    if (assertion) return { url: `${url.origin}/v1/assertion/${assertion.toLowerCase()}.json`, id: assertion.toLowerCase() };
    const credential = CREDENTIAL_PATH.exec(url.pathname)?.[1];
    return credential ? { url: `${url.origin}/obv3/credentials/${credential.toLowerCase()}`, id: credential.toLowerCase() } : undefined;
  },
  embeds: [],
});

export const openBadgeFactoryFacts: PlatformFacts = { label: 'Open Badge Factory', dataUrl: (credential) => credential.url };
