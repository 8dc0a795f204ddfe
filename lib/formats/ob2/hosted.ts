import { error, fail, pass, skip } from '../../result/check';
import type { Check, VouchedBy } from '../../result/types';
import { checkRecipient } from '../../checks/recipient';
import type { Session } from '../../core/session';
import { checkValidity } from '../../checks/validity';
import { checkIssuerLinks, originVouch } from '../../checks/vouched-by';
import type { CredentialFormat, DecodedCredential, FormatReport } from '../types';
import { ob2Version, verificationKind } from './detect';
import { isRecord } from '../../util/json';
import { fetchBadgeClassAhead, loadIssuerChain } from './issuer-chain';
import { legacyChecks, parseAssertion, recipientOf } from './parse-assertion';
import { checkHostedScope } from './scope';
import { aboutOb2, aboutPart } from '../about';
import { summarizeOb2 } from './summary';

/** Open Badges 2.0 HostedBadge (https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html): the copy at the assertion's own URL is the truth. */
export const ob2Hosted: CredentialFormat = {
  id: 'ob2-hosted',
  urlMarkers: ['openbadges'],
  accepts: (c) => c.kind === 'json' && ob2Version(c.value) !== undefined && (!isRecord(c.value) || verificationKind(c.value) !== 'signed'),
  verify: verifyHosted,
  readHttpStatus: readHostedStatus,
};

/** An issuer that answers a hosted assertion's URL with 410 Gone has revoked it. */
function readHostedStatus(status: number, url: string): Check | undefined {
  return status === 410 ? fail('hosted', 'hosted.gone', `${url} answered HTTP 410 Gone`) : undefined;
}

async function verifyHosted(credential: DecodedCredential, session: Session): Promise<FormatReport> {
  const verdict = (
    checks: Check[],
    summaryOf: Record<string, unknown>,
    chain = {},
    assurance: 'hosted' | 'none' = 'none',
    vouchedBy?: VouchedBy,
  ): FormatReport => ({
    format: 'ob2-hosted',
    checks,
    credential: summarizeOb2(summaryOf, chain, vouchedBy),
    assurance,
    ...aboutPart(aboutOb2(summaryOf, (chain as { badgeClass?: Record<string, unknown> }).badgeClass)),
  });
  if (credential.kind !== 'json') return verdict([fail('format', 'format.unrecognized')], {});
  const version = ob2Version(credential.value) ?? '2.0';
  const claimed = parseAssertion(credential.value, version, credential.fetchedFrom);
  const checks: Check[] = [...legacyChecks(version)];
  // Only the id of a hosted badge is taken from the copy at hand; the issuer's copy is the truth.
  const id = claimed.ok ? claimed.assertion.id : typeof claimed.upgraded.id === 'string' ? claimed.upgraded.id : undefined;
  if (id === undefined) return verdict([...checks, claimed.ok ? fail('hosted', 'hosted.id-not-url') : claimed.check], claimed.upgraded);
  if (!/^https?:\/\//i.test(id)) {
    checks.push(
      fail('hosted', 'hosted.id-not-url', `a hosted badge's id must be the web address it lives at, not ${id.slice(0, 120)}`, '/id'),
    );
    return verdict(checks, claimed.upgraded);
  }

  if (claimed.ok) fetchBadgeClassAhead(claimed.assertion.badge, session);
  const fetched = await session.getJson(id, 'credential');
  if (!fetched.ok) {
    checks.push(
      (fetched.status !== undefined ? readHostedStatus(fetched.status, id) : undefined) ?? error('hosted', fetched.code, fetched.detail),
    );
    return verdict(checks, claimed.upgraded);
  }
  const hosted = parseAssertion(fetched.value, ob2Version(fetched.value) ?? version, id);
  if (!hosted.ok) {
    checks.push(hosted.check);
    return verdict(checks, claimed.upgraded);
  }
  const assertion = hosted.assertion;
  if (assertion.id !== id) {
    checks.push(fail('hosted', 'hosted.id-mismatch', `${id} serves an assertion whose id is ${assertion.id}`, '/id'));
    return verdict(checks, hosted.upgraded);
  }
  checks.push(pass('hosted', 'hosted.fetched', `fetched ${id}`));
  if (credential.fetchedFrom !== id && differs(claimed.upgraded, hosted.upgraded)) {
    checks.push(
      fail('hosted', 'hosted.content-differs', 'the copy in this badge differs from the one the issuer hosts; the hosted copy is shown'),
    );
  }
  checks.push(
    assertion.revoked === true
      ? fail('status', 'status.revoked', assertion.revocationReason ?? undefined, '/revoked')
      : pass('status', 'status.ok', 'not marked revoked'),
  );

  const chain = await loadIssuerChain(assertion.badge, session);
  checks.push(chain.check);
  const scope =
    chain.profile && chain.issuerId
      ? checkHostedScope(id, chain.issuerId, chain.profile)
      : skip('scope', 'scope.not-checked', 'issuer profile unavailable');
  checks.push(scope);
  checks.push(
    checkValidity(
      { issued: { value: assertion.issuedOn, pointer: '/issuedOn' }, expires: { value: assertion.expires, pointer: '/expires' } },
      session,
    ),
  );
  checks.push(...(await checkRecipient(recipientOf(assertion), session.env.recipient, '/recipient')));
  // The issuer's origin vouched when its profile allows where the badge is hosted; else only the host that served it.
  const vouchedBy = originVouch(scope.outcome === 'pass' && chain.profileHosted ? chain.issuerId : id);
  checks.push(...checkIssuerLinks(vouchedBy, { url: chain.profile?.url, image: chain.profile?.image }));
  return verdict(checks, hosted.upgraded, chain, scope.outcome === 'pass' && chain.profileHosted ? 'hosted' : 'none', vouchedBy);
}

function differs(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const key = (x: Record<string, unknown>) =>
    JSON.stringify([isRecord(x.recipient) ? x.recipient.identity : x.recipient, isRecord(x.badge) ? x.badge.id : x.badge, x.issuedOn]);
  return key(a) !== key(b);
}
