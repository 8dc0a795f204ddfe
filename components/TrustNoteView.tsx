import type { TrustNote } from '../lib/trust/trust-list';
import { t } from './i18n';

/** "Known issuer — on <list>" or "Not on your lists": a note beside the verdict, never a change to it. */
export function TrustNoteView({ trust }: { trust: TrustNote }) {
  return (
    <p class={`bl-trust-note${trust.known ? ' bl-trust-known' : ''}`} data-testid="trust-note" data-known={trust.known ? 'true' : 'false'}>
      {trust.known ? t('trust_known', trust.list ?? '') : t('trust_unknown')}
    </p>
  );
}
