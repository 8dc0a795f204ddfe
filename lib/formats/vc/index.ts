import { pass } from '../../result/check';
import type { Session } from '../../core/session';
import type { CredentialFormat, DecodedCredential, FormatReport } from '../types';
import { credentialInJwt } from '../ob3/detect';
import { verifyDiEnvelope, verifyJwtEnvelope } from '../ob3/formats';
import { credentialTypes, isGenericVc } from './detect';
import { summarizeGenericVc } from './summary';

/**
 * Any W3C verifiable credential that is not an Open Badge or CLR (a degree, an employment or
 * membership credential): the same proofs, keys, status lists and validity checks, shown with a note
 * that it is not an Open Badge.
 */
export const vc: CredentialFormat = {
  id: 'vc',
  accepts: (c) => (c.kind === 'json' ? isGenericVc(c.value) : isGenericVc(credentialInJwt(c.claims).credential)),
  verify: verifyGenericVc,
};

async function verifyGenericVc(credential: DecodedCredential, session: Session): Promise<FormatReport> {
  const { value, ...report } =
    credential.kind === 'json'
      ? await verifyDiEnvelope(credential, session, 'vc', 'vc')
      : await verifyJwtEnvelope(credential, session, 'vc', 'vc');
  const types = credentialTypes(value);
  const note = pass(
    'format',
    'format.generic-vc',
    `a verifiable credential${types.length ? ` (${types.join(', ')})` : ''}, not an Open Badge`,
  );
  return { ...report, checks: [note, ...report.checks], ...(value ? { credential: summarizeGenericVc(value) } : {}) };
}
