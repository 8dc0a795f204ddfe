import { fail } from '../../result/check';
import type { CredentialFormat } from '../types';

const SD_JWT_TYPES = ['vc+sd-jwt', 'dc+sd-jwt'];

/**
 * SD-JWT credentials (`typ: vc+sd-jwt` / `dc+sd-jwt`, or disclosures after `~`): recognised so they
 * are reported as not supported yet, by name, instead of as a broken JWT.
 */
export const sdJwtVc: CredentialFormat = {
  id: 'unknown',
  accepts: (c) =>
    c.kind === 'jws' &&
    (c.compact.includes('~') || (typeof c.header.typ === 'string' && SD_JWT_TYPES.includes(c.header.typ.toLowerCase()))),
  verify: async () => ({
    format: 'unknown',
    checks: [fail('format', 'format.unsupported', 'SD-JWT credentials (vc+sd-jwt) are not supported yet')],
    credential: {},
    assurance: 'none',
  }),
};
