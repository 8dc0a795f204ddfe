import type { CredentialSummary } from '../lib/result/types';
import { t } from './i18n';

/** The achievement's name; without one, where the credential came from ("Badge from credential.net"). */
export function credentialName(credential: CredentialSummary, source?: string): string {
  const name = credential.name?.trim();
  if (name) return name;
  const host = sourceHost(source);
  return host ? t('card_unnamed_from', host) : t('card_unnamed');
}

function sourceHost(source: string | undefined): string | undefined {
  if (!source || !/^https?:\/\//i.test(source)) return undefined;
  try {
    return new URL(source).host || undefined;
  } catch {
    return undefined;
  }
}

export function issuerName(credential: CredentialSummary): string {
  return credential.issuer?.name?.trim() || t('card_unknown_issuer');
}

/** Where the issuer's name was read from, when that is worth saying. */
export function nameSourceText(credential: CredentialSummary): string | undefined {
  switch (credential.issuer?.nameSource) {
    case 'hosted-profile':
      return t('card_issuer_from_profile');
    case 'embedded':
      return t('card_issuer_as_stated');
    default:
      return undefined;
  }
}

export function recipientText(credential: CredentialSummary): string {
  const recipient = credential.recipient;
  if (!recipient) return t('card_recipient_unknown');
  if (recipient.hashed) {
    const type = recipient.type?.toLowerCase();
    if (type === 'url') return t('card_recipient_hashed_url');
    if (type === 'telephone') return t('card_recipient_hashed_phone');
    return t('card_recipient_hashed_email');
  }
  return recipient.identity?.trim() || t('card_recipient_unknown');
}
