import { ob2Version } from '../ob2/detect';
import { credentialInJwt, vcKind } from '../ob3/detect';
import { toVerdict, verifyJwtEnvelope } from '../ob3/formats';
import { verifyVc } from '../ob3/verify-vc';
import type { CredentialFormat, FormatVerdict } from '../types';
import { nestedChecks, verifyNestedCredentials } from './nested';

/**
 * CLR 2.0 (ClrCredential): the outer proof (Data Integrity or VC-JWT), then every credential inside,
 * each shown with its own result; an invalid one makes the CLR invalid (`nested.invalid`).
 */
export const clr2: CredentialFormat = {
  id: 'clr2',
  urlMarkers: ['clrcredential'],
  accepts: (c) => (c.kind === 'json' ? ob2Version(c.value) === undefined && vcKind(c.value) === 'clr' : vcKind(credentialInJwt(c.claims).credential) === 'clr'),
  async verify(credential, session) {
    let outer: FormatVerdict & { value?: Record<string, unknown> };
    if (credential.kind === 'json') {
      const verdict = await verifyVc({ kind: 'di', credential: credential.value }, session, { kind: 'clr', depth: 0 });
      outer = { ...toVerdict('clr2', verdict), ...(verdict.value ? { value: verdict.value } : {}) };
    } else {
      outer = await verifyJwtEnvelope(credential, session, 'clr2');
    }
    const { value, ...verdict } = outer;
    const malformed = verdict.checks.some((c) => c.code === 'shape.invalid' || c.code === 'shape.context-invalid');
    if (!value || malformed) return verdict;
    const nested = await verifyNestedCredentials(value, session);
    return { ...verdict, checks: [...verdict.checks, ...nestedChecks(nested)], nested };
  },
};
