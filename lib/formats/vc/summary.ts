import type { CredentialSummary } from '../../result/types';
import { str } from '../summary-fields';
import { asArray, isRecord, type Json } from '../../util/json';
import { summarizeVc } from '../ob3/summary';
import { credentialTypes } from './detect';

/**
 * The card of any verifiable credential: its name, or its type in plain words; the issuer as stated;
 * the subject's name as the recipient when the credential gives one.
 */
export function summarizeGenericVc(credential: Json): CredentialSummary {
  const { recipient: _badgeRecipient, criteria: _criteria, criteriaUrl: _criteriaUrl, ...summary } = summarizeVc(credential);
  const subject = asArray(credential.credentialSubject).find(isRecord);
  const subjectName = typeof subject?.name === 'string' ? subject.name : undefined;
  return {
    ...summary,
    ...str('name', typeof credential.name === 'string' ? credential.name : credentialTypes(credential)[0]),
    ...(subjectName?.trim() ? { recipient: { type: 'name', hashed: false, ...str('identity', subjectName) } } : {}),
  };
}
