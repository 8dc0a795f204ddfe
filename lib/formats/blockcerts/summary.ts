import type { CredentialSummary, VouchedBy } from '../../result/types';
import { dateText, imageUrl, str } from '../summary-fields';
import { isRecord, type Json } from '../../util/json';
import type { BlockcertsVersion } from './detect';
import type { IssuerProfile } from './issuer-profile';

/** What the card shows of a certificate; the issuer's name from its hosted profile when it was fetched. */
export function summarizeCertificate(
  c: Json,
  version: BlockcertsVersion,
  profile: IssuerProfile | undefined,
  vouchedBy: VouchedBy | undefined,
): CredentialSummary {
  const badge = isRecord(c.badge) ? c.badge : undefined;
  const subject = isRecord(c.credentialSubject) ? c.credentialSubject : undefined;
  const claim = isRecord(subject?.claim) ? subject.claim : undefined;
  const embeddedIssuer =
    version === 'v2' ? (isRecord(badge?.issuer) ? badge.issuer : undefined) : isRecord(c.issuer) ? c.issuer : undefined;
  const issuer = profile?.value ?? embeddedIssuer;
  const summary: CredentialSummary = {
    ...str('id', c.id),
    ...str('name', badge?.name ?? c.name ?? claim?.name),
    ...str('description', badge?.description ?? c.description ?? claim?.description),
    ...str('image', imageUrl(badge?.image)),
    ...str('issued', dateText(c.issuedOn ?? c.issuanceDate ?? c.validFrom)),
    ...str('expires', dateText(c.expires ?? c.expirationDate ?? c.validUntil)),
  };
  const issuerId =
    profile?.id ?? (typeof c.issuer === 'string' ? c.issuer : typeof embeddedIssuer?.id === 'string' ? embeddedIssuer.id : undefined);
  if (issuer || issuerId) {
    summary.issuer = {
      ...str('id', issuerId),
      ...str('name', issuer?.name),
      ...str('url', issuer?.url),
      ...(typeof issuer?.name === 'string' ? { nameSource: profile ? 'hosted-profile' : 'embedded', nameTrust: 'self-declared' } : {}),
      ...(vouchedBy ? { vouchedBy } : {}),
    };
  }
  const recipient = isRecord(c.recipient) ? c.recipient : undefined;
  const hashed = recipient?.hashed === true;
  if (recipient) summary.recipient = { ...str('type', recipient.type), hashed, ...(!hashed ? str('identity', recipient.identity) : {}) };
  else if (subject)
    summary.recipient = {
      ...str('type', subject.email !== undefined ? 'email' : undefined),
      hashed: false,
      ...str('identity', subject.email ?? subject.name),
    };
  return summary;
}
