import { fail } from '../../result/check';
import type { FormatId } from '../../result/types';
import type { Session } from '../../core/session';
import type { CredentialFormat, DecodedCredential, FormatReport } from '../types';
import { ob2Version } from '../ob2/detect';
import { credentialInJwt, type CredentialKind, vcKind } from './detect';
import type { Json } from '../../util/json';
import { verifyVc, type VcVerdict } from './verify-vc';

/** A format's report with the credential JSON it read, for formats that look further inside (CLR). */
export type ReportWithValue = FormatReport & { value?: Json };

/** Open Badges 3.0 (and EndorsementCredential) with an embedded Data Integrity proof. */
export const ob3Di: CredentialFormat = {
  id: 'ob3-di',
  urlMarkers: ['openbadgecredential'],
  accepts: (c) => c.kind === 'json' && ob2Version(c.value) === undefined && vcKind(c.value) === 'ob3',
  verify: (credential, session) => verifyDiEnvelope(credential, session, 'ob3-di', 'ob3'),
};

/** Open Badges 3.0 as a VC-JWT: VCDM 1.1 `vc` claim or VCDM 2.0 payload. */
export const ob3Jwt: CredentialFormat = {
  id: 'ob3-jwt',
  accepts: (c) => c.kind === 'jws' && vcKind(credentialInJwt(c.claims).credential) === 'ob3',
  verify: (credential, session) => verifyJwtEnvelope(credential, session, 'ob3-jwt', 'ob3'),
};

/** A credential of `kind` with an embedded proof, reported as `format`. */
export async function verifyDiEnvelope(
  credential: DecodedCredential,
  session: Session,
  format: FormatId,
  kind: CredentialKind,
): Promise<ReportWithValue> {
  if (credential.kind !== 'json') return wrongKind(format);
  return toReport(format, await verifyVc({ kind: 'di', credential: credential.value }, session, { kind, depth: 0 }));
}

/** A credential of `kind` carried as a VC-JWT, reported as `format`. */
export async function verifyJwtEnvelope(
  credential: DecodedCredential,
  session: Session,
  format: FormatId,
  kind: CredentialKind,
): Promise<ReportWithValue> {
  if (credential.kind !== 'jws') return wrongKind(format);
  const { compact, header, claims } = credential;
  return toReport(format, await verifyVc({ kind: 'jwt', compact, header, claims }, session, { kind, depth: 0 }));
}

function toReport(format: FormatId, verdict: VcVerdict): ReportWithValue {
  return {
    format,
    checks: verdict.checks,
    credential: verdict.credential,
    assurance: verdict.assurance,
    ...(verdict.malformed ? { malformed: true } : {}),
    ...(verdict.about ? { about: verdict.about } : {}),
    ...(verdict.value ? { value: verdict.value } : {}),
  };
}

function wrongKind(format: FormatId): FormatReport {
  return { format, checks: [fail('format', 'format.unrecognized', `not the input ${format} takes`)], credential: {}, assurance: 'none' };
}
