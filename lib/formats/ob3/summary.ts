import type { CredentialSummary } from '../../result/types';
import { dateText, imageUrl, str } from '../summary-fields';
import { typesOf } from './detect';
import { asArray, isRecord, type Json } from '../../util/json';

/**
 * What the card shows for an OB 3.0 / CLR 2.0 credential. The issuer's name is self-asserted inside
 * the signed credential (`nameSource: 'embedded'`); a recipient hash is never shown as an identity.
 */
export function summarizeVc(credential: Json): CredentialSummary {
  const subject = asArray(credential.credentialSubject).find(isRecord);
  const achievement = isRecord(subject?.achievement) ? subject.achievement : undefined;
  const endorsement = typesOf(credential).includes('EndorsementCredential');
  const criteria = isRecord(achievement?.criteria) ? achievement.criteria : undefined;
  const summary: CredentialSummary = {
    ...str('id', credential.id),
    ...str('name', achievement?.name ?? credential.name),
    ...str('description', achievement?.description ?? credential.description ?? (endorsement ? subject?.endorsementComment : undefined)),
    ...str('image', imageUrl(achievement?.image) ?? imageUrl(credential.image)),
    ...str('criteria', criteria?.narrative),
    ...str('criteriaUrl', criteria?.id),
    ...str('issued', dateText(credential.validFrom ?? credential.issuanceDate ?? credential.awardedDate)),
    ...str('expires', dateText(credential.validUntil ?? credential.expirationDate)),
  };
  const issuer = credential.issuer;
  if (typeof issuer === 'string') summary.issuer = { id: issuer.slice(0, 4000) };
  else if (isRecord(issuer)) {
    summary.issuer = {
      ...str('id', issuer.id),
      ...str('name', issuer.name),
      ...str('url', issuer.url),
      ...(typeof issuer.name === 'string' ? { nameSource: 'embedded' as const } : {}),
    };
    if (summary.issuer.name !== undefined) summary.issuer.nameTrust = 'self-declared';
  }
  const identifier = asArray(subject?.identifier).find(isRecord);
  if (identifier) {
    const hashed = identifier.hashed === true;
    summary.recipient = { ...str('type', identifier.identityType), hashed, ...(!hashed ? str('identity', identifier.identityHash) : {}) };
  }
  const name = recipientName(subject, identifier);
  if (name) summary.recipient = { ...summary.recipient, name };
  return summary;
}

/** The subject's `name`, or a plaintext identity of type `name`. */
function recipientName(subject: Json | undefined, identifier: Json | undefined): string | undefined {
  if (typeof subject?.name === 'string' && subject.name.trim() !== '') return subject.name.slice(0, 500);
  const named = identifier?.identityType === 'name' && identifier.hashed !== true && typeof identifier.identityHash === 'string';
  return named ? (identifier.identityHash as string).slice(0, 500) : undefined;
}
