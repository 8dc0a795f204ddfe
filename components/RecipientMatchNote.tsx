import { recipientMatch } from '../lib/checks/recipient-match';
import type { CredentialSummary } from '../lib/result/types';
import { t } from './i18n';
import { usePagePerson } from './page-person';

/** The recipient's name against the page's person: a note or a prominent warning, never a verdict. */
export function RecipientMatchNote({ credential }: { credential: CredentialSummary }) {
  const pageName = usePagePerson();
  const found = recipientMatch(credential, pageName);
  const text = recipientMatchText(found.match, found.name, found.reason);
  return (
    <p
      class={`bl-recipient-match bl-recipient-${found.match}`}
      data-testid="recipient-match"
      data-match={found.match}
      role={found.match === 'mismatch' ? 'alert' : undefined}
    >
      {found.match === 'mismatch' ? <span aria-hidden="true">⚠ </span> : null}
      {text}
    </p>
  );
}

export function recipientMatchText(match: string, name: string | undefined, reason: string | undefined): string {
  if (match === 'match') return t('recipient_match', name ?? '');
  if (match === 'mismatch') return t('recipient_mismatch', name ?? '');
  if (reason === 'hashed') return t('recipient_hashed');
  if (reason === 'no-page-name' && name) return t('recipient_no_page_name', name);
  return t('recipient_no_name');
}

/** On a chip: a warning mark only when the name differs (the card says the rest). */
export function RecipientMismatchMark({
  credentials,
  withText = false,
}: {
  credentials: readonly CredentialSummary[];
  withText?: boolean;
}) {
  const pageName = usePagePerson();
  const other = credentials.map((c) => recipientMatch(c, pageName)).find((m) => m.match === 'mismatch');
  if (!other) return null;
  return (
    <span class="bl-chip-mismatch" data-testid="recipient-match" data-match="mismatch" title={t('recipient_mismatch', other.name ?? '')}>
      ⚠{withText ? ` ${t('recipient_mismatch', other.name ?? '')}` : null}
    </span>
  );
}
