import { vouchedByShort } from '../lib/checks/vouched-by';
import type { CredentialSummary } from '../lib/result/types';

export { vouchedByShort };
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

/** "self-declared" for every shown name unless a trust list the user holds confirms it; none without a name. */
export function nameTrustText(credential: CredentialSummary): string | undefined {
  if (!credential.issuer?.name?.trim()) return undefined;
  return credential.issuer.nameTrust === 'trust-list' ? t('card_name_trust_list') : t('card_name_self_declared');
}

/** "vouched for by issuer.example.org", or that nobody did. */
export function vouchedByText(credential: CredentialSummary): string {
  const vouchedBy = credential.issuer?.vouchedBy;
  return vouchedBy ? t('card_vouched_by', vouchedByShort(vouchedBy)) : t('card_vouched_by_nobody');
}

/** Where the issuer's name links: the site that vouched, never the `url` the issuer gives itself. */
export function vouchedByHref(credential: CredentialSummary): string | undefined {
  const vouchedBy = credential.issuer?.vouchedBy;
  return vouchedBy?.kind === 'origin' ? `${vouchedBy.value}/` : undefined;
}

/** The issuer in one line of plain text (row, labels, copies): "Harvard University — self-declared · vouched for by …". */
export function issuerLine(credential: CredentialSummary): string {
  const trust = nameTrustText(credential);
  return `${issuerName(credential)}${trust ? ` — ${trust}` : ''} · ${vouchedByText(credential)}`;
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
