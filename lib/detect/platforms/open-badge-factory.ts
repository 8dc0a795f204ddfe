import { definePlatform, type PlatformFacts } from './platform';

const ASSERTION_PATH = /^\/v1\/assertion\/([0-9a-f]{16,64})(?:\.html|\.json)?\/?$/i;
const CREDENTIAL_PATH = /^\/obv3\/credentials\/([0-9a-f]{16,64})\/?$/i;

/** Open Badge Factory (Finland): OB 2.0 assertions `/v1/assertion/<id>` (JSON at `.json`) and OB 3.0 `/obv3/credentials/<id>`. */
export const openBadgeFactory = definePlatform({
  id: 'open-badge-factory',
  hosts: /(^|\.)openbadgefactory\.com$/i,
  hints: ['openbadgefactory.com'],
  links: [
    { path: ASSERTION_PATH, url: '{origin}/v1/assertion/{lower 1}.json', id: '{lower 1}' },
    { path: CREDENTIAL_PATH, url: '{origin}/obv3/credentials/{lower 1}', id: '{lower 1}' },
  ],
  embeds: [],
});

export const openBadgeFactoryFacts: PlatformFacts = { label: 'Open Badge Factory', dataUrl: (credential) => credential.url };
