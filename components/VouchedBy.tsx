import { Fragment } from 'preact';
import type { CredentialSummary } from '../lib/result/types';
import { vouchedByShort } from './credential-text';
import { t } from './i18n';

export interface VouchedByProps {
  credential: CredentialSummary;
  as: 'p' | 'span';
  class: string;
  testId: string;
}

/**
 * A host or DID that may wrap only after a dot or colon: a break at a hyphen would show
 * "harvard-" / "edu.example.org", which reads as another site.
 */
function breakable(text: string) {
  const parts = text.split(/(?<=[.:])/);
  return parts.map((part, i) => (
    <Fragment key={i}>
      <span class="bl-vouch-part">{part}</span>
      {i < parts.length - 1 ? <wbr /> : null}
    </Fragment>
  ));
}

/** "vouched for by <strong>site</strong>" (the full origin or DID in the title), or that nobody did. */
export function VouchedBy({ credential, as: Tag, class: className, testId }: VouchedByProps) {
  const vouchedBy = credential.issuer?.vouchedBy;
  const marker = '\u0001';
  const [before, after] = (vouchedBy ? t('card_vouched_by', marker) : t('card_vouched_by_nobody')).split(marker);
  return (
    <Tag class={className} data-testid={testId} data-vouched={vouchedBy?.kind ?? 'none'} title={vouchedBy?.value}>
      {before}
      {vouchedBy ? <strong class="bl-vouch-site">{breakable(vouchedByShort(vouchedBy))}</strong> : null}
      {after}
    </Tag>
  );
}
