import { ob2Version } from '../ob2/detect';
import { credentialInJwt, vcKind } from '../ob3/detect';
import { verifyDiEnvelope, verifyJwtEnvelope } from '../ob3/formats';
import type { CredentialFormat } from '../types';
import { withAchievements } from './about';
import { nestedChecks, verifyNestedCredentials } from './nested';

/**
 * CLR 2.0 (ClrCredential): the outer proof (Data Integrity or VC-JWT), then every credential inside,
 * each shown with its own result; an invalid one makes the CLR invalid (`nested.invalid`).
 */
export const clr2: CredentialFormat = {
  id: 'clr2',
  urlMarkers: ['clrcredential'],
  accepts: (c) =>
    c.kind === 'json'
      ? ob2Version(c.value) === undefined && vcKind(c.value) === 'clr'
      : vcKind(credentialInJwt(c.claims).credential) === 'clr',
  async verify(credential, session) {
    const envelope = credential.kind === 'json' ? verifyDiEnvelope : verifyJwtEnvelope;
    const { value, ...report } = await envelope(credential, session, 'clr2', 'clr');
    if (!value || report.malformed) return report;
    const nested = await verifyNestedCredentials(value, session);
    return { ...report, ...withAchievements(report.about, nested), checks: [...report.checks, ...nestedChecks(nested)], nested };
  },
};
