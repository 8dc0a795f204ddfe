import { fail } from '../../result/check';
import type { Session } from '../../core/session';
import type { CredentialFormat, DecodedCredential, FormatVerdict } from '../types';
import { ob2Version } from '../ob2/detect';
import { credentialInJwt, vcKind } from './detect';
import { verifyVc, type VcVerdict } from './verify-vc';

/** Open Badges 3.0 (and EndorsementCredential) with an embedded Data Integrity proof. */
export const ob3Di: CredentialFormat = {
  id: 'ob3-di',
  urlMarkers: ['openbadgecredential'],
  accepts: (c) => c.kind === 'json' && ob2Version(c.value) === undefined && vcKind(c.value) === 'ob3',
  verify: async (credential, session) =>
    credential.kind === 'json'
      ? toVerdict('ob3-di', await verifyVc({ kind: 'di', credential: credential.value }, session, { kind: 'ob3', depth: 0 }))
      : wrongKind('ob3-di'),
};

/** Open Badges 3.0 as a VC-JWT: VCDM 1.1 `vc` claim or VCDM 2.0 payload. */
export const ob3Jwt: CredentialFormat = {
  id: 'ob3-jwt',
  accepts: (c) => c.kind === 'jws' && vcKind(credentialInJwt(c.claims).credential) === 'ob3',
  verify: (credential, session) => verifyJwtEnvelope(credential, session, 'ob3-jwt'),
};

export async function verifyJwtEnvelope(credential: DecodedCredential, session: Session, format: 'ob3-jwt' | 'clr2'): Promise<FormatVerdict & { value?: Record<string, unknown> }> {
  if (credential.kind !== 'jws') return wrongKind(format);
  const { compact, header, claims } = credential;
  const verdict = await verifyVc({ kind: 'jwt', compact, header, claims }, session, { kind: format === 'clr2' ? 'clr' : 'ob3', depth: 0 });
  return { ...toVerdict(format, verdict), ...(verdict.value ? { value: verdict.value } : {}) };
}

export function toVerdict(format: FormatVerdict['format'], verdict: VcVerdict): FormatVerdict {
  return { format, checks: verdict.checks, credential: verdict.credential, assurance: verdict.assurance };
}

function wrongKind(format: FormatVerdict['format']): FormatVerdict {
  return { format, checks: [fail('format', 'format.unrecognized', `not the input ${format} takes`)], credential: {}, assurance: 'none' };
}
