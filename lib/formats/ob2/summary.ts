import type { CredentialSummary, VouchedBy } from '../../result/types';
import { dateText, imageUrl, str } from '../summary-fields';
import { isRecord } from '../../util/json';
import type { IssuerChain } from './issuer-chain';

/**
 * What the card shows. Strings only, taken as text; the UI never renders them as HTML. `vouchedBy`:
 * the origin whose hosting or key the verification relied on, when it got that far.
 */
export function summarizeOb2(assertion: Record<string, unknown>, chain: Partial<IssuerChain>, vouchedBy?: VouchedBy): CredentialSummary {
  const badge = chain.badgeClass ?? (isRecord(assertion.badge) ? assertion.badge : undefined);
  const recipient = isRecord(assertion.recipient) ? assertion.recipient : undefined;
  const hashed = recipient?.hashed === true || recipient?.hashed === 'true';
  const embeddedIssuer = isRecord(badge?.issuer) ? badge.issuer : undefined;
  const issuer = chain.profile ?? embeddedIssuer;
  const criteria = badge?.criteria;
  const summary: CredentialSummary = {
    ...str('id', assertion.id),
    ...str('name', badge?.name),
    ...str('description', badge?.description),
    ...str('image', imageUrl(badge?.image) ?? imageUrl(assertion.image)),
    ...(typeof criteria === 'string' ? { criteriaUrl: criteria } : {}),
    ...(isRecord(criteria) ? { ...str('criteria', criteria.narrative), ...str('criteriaUrl', criteria.id) } : {}),
    ...str('issued', dateText(assertion.issuedOn)),
    ...str('expires', dateText(assertion.expires)),
    ...str('revocationReason', assertion.revocationReason),
  };
  if (issuer || chain.issuerId || vouchedBy) {
    summary.issuer = {
      ...str('id', chain.issuerId ?? issuer?.id),
      ...str('name', issuer?.name),
      ...str('url', issuer?.url),
      ...(issuer?.name !== undefined ? { nameSource: chain.profileHosted ? 'hosted-profile' : 'embedded' } : {}),
      ...(vouchedBy ? { vouchedBy } : {}),
    };
    if (summary.issuer.name !== undefined) summary.issuer.nameTrust = 'self-declared';
  }
  if (recipient) {
    summary.recipient = {
      ...str('type', recipient.type),
      hashed,
      ...(!hashed ? str('identity', recipient.identity) : {}),
    };
  }
  return summary;
}
