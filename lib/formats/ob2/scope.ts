import { fail, pass } from '../../result/check';
import type { Check } from '../../result/types';
import { asArray } from '../../util/json';
import type { Profile } from './schemas';

/**
 * A hosted assertion must live where its issuer says its badges live (OB 2.0 "HostedBadge
 * Verification", https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html):
 * `startsWith` prefixes if given, and `allowedOrigins`, by default the issuer id's own host.
 */
export function checkHostedScope(assertionId: string, issuerId: string, profile: Profile): Check {
  const policy = profile.verification ?? {};
  const prefixes = asArray(policy.startsWith);
  if (prefixes.length && !prefixes.some((p) => assertionId.startsWith(p))) {
    return fail('scope', 'scope.starts-with-mismatch', `${assertionId} does not start with ${prefixes.join(' or ')}`, '/id');
  }
  const assertionHost = hostOf(assertionId);
  let allowed = asArray(policy.allowedOrigins);
  if (!allowed.length) {
    const issuerHost = /^https?:/i.test(issuerId) ? hostOf(issuerId) : undefined;
    if (!issuerHost)
      return fail('scope', 'scope.issuer-not-http', `issuer id ${issuerId} is not a web address, so the origin cannot be compared`);
    allowed = [issuerHost];
  }
  if (!assertionHost || !allowed.map((h) => h.toLowerCase()).includes(assertionHost)) {
    return fail('scope', 'scope.origin-not-allowed', `${assertionHost ?? assertionId} is not among ${allowed.join(', ')}`, '/id');
  }
  return pass('scope', 'scope.ok', `hosted on ${assertionHost}, which the issuer allows`);
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}
