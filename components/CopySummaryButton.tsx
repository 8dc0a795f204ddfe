import { useState } from 'preact/hooks';
import { recipientMatch } from '../lib/checks/recipient-match';
import { summaryText } from '../lib/export/summary-text';
import type { VerificationResult } from '../lib/result/types';
import { t } from './i18n';
import { usePagePerson } from './page-person';

/** Puts a short plain-text paragraph about the credential on the clipboard, for an applicant-tracking note. */
export function CopySummaryButton({ result }: { result: VerificationResult }) {
  const person = usePagePerson();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    const text = summaryText(result, recipientMatch(result.credential, person), { known: false });
    void navigator.clipboard
      .writeText(text)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  };
  return (
    <button type="button" class="bl-button bl-copy-summary" data-testid="copy-summary" onClick={copy} aria-live="polite">
      {copied ? t('card_copied') : t('card_copy_summary')}
    </button>
  );
}
