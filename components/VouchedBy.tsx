import type { CredentialSummary } from '../lib/result/types';
import { vouchedByShort } from './credential-text';
import { t } from './i18n';

export interface VouchedByProps {
  credential: CredentialSummary;
  as: 'p' | 'span';
  class: string;
  testId: string;
}

/** "vouched for by <strong>site</strong>" (the full origin or DID in the title), or that nobody did. */
export function VouchedBy({ credential, as: Tag, class: className, testId }: VouchedByProps) {
  const vouchedBy = credential.issuer?.vouchedBy;
  const marker = '\u0001';
  const [before, after] = (vouchedBy ? t('card_vouched_by', marker) : t('card_vouched_by_nobody')).split(marker);
  return (
    <Tag class={className} data-testid={testId} data-vouched={vouchedBy?.kind ?? 'none'} title={vouchedBy?.value}>
      {before}
      {vouchedBy ? <strong class="bl-vouch-site">{vouchedByShort(vouchedBy)}</strong> : null}
      {after}
    </Tag>
  );
}
