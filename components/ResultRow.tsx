import { RecipientMismatchMark } from './RecipientMatchNote';
import { useId, useState } from 'preact/hooks';
import { platformById } from '../lib/detect/platforms';
import type { TabItem } from '../lib/protocol/schemas';
import type { VerificationResult } from '../lib/result/types';
import { t } from './i18n';
import { statusMessageKey } from './message-keys';
import { credentialName, issuerName, nameTrustText } from './credential-text';
import { ResultCard } from './ResultCard';
import type { SaveOutcome } from './SaveToBackpack';
import { Spinner, StatusIcon } from './StatusIcon';
import { VouchedBy } from './VouchedBy';

export type RowTestId = 'badge-result' | 'input-result';

export interface ResultRowProps {
  result: VerificationResult;
  /** `badge-result` for the page's list, `input-result` for the "verify a file" area. */
  testId: RowTestId;
  onRecheck?: () => void | Promise<unknown>;
  onCheckAnchor?: () => void | Promise<unknown>;
  initiallyOpen?: boolean;
  /** Being checked again: the previous result stays visible with a spinner. */
  pending?: boolean;
  onSave?: (() => Promise<SaveOutcome>) | undefined;
}

/** One result: a button (status icon + word, badge, issuer) that expands into the full card. */
export function ResultRow({ result, testId, onRecheck, onCheckAnchor, initiallyOpen = false, pending = false, onSave }: ResultRowProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  const status = t(statusMessageKey(result.status));
  const name = credentialName(result.credential, result.source);
  const trust = nameTrustText(result.credential);
  const issuer = trust ? `${issuerName(result.credential)} — ${trust}` : issuerName(result.credential);
  return (
    <li
      class={`bl-row bl-status-${result.status}${open ? ' bl-row-open' : ''}`}
      data-testid={testId}
      data-status={result.status}
      data-format={result.format}
      data-pending={pending ? 'true' : undefined}
      aria-busy={pending ? 'true' : undefined}
    >
      <button
        type="button"
        class="bl-row-button"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={`${id}-card`}
        onClick={() => setOpen(!open)}
      >
        <span class={`bl-row-status bl-status-${result.status}`}>
          {pending ? <Spinner /> : <StatusIcon status={result.status} decorative />}
          <span class="bl-row-word">{status}</span>
        </span>
        <span class="bl-row-text">
          <span class="bl-row-name" data-testid="badge-name">
            {name}
          </span>
          <span class="bl-row-issuer">{pending ? `${issuer} · ${t('popup_checking')}` : issuer}</span>
          <VouchedBy credential={result.credential} as="span" class="bl-row-vouch" testId="row-vouched-by" />
          <RecipientMismatchMark credentials={[result.credential]} withText />
        </span>
        <svg class="bl-row-caret" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path
            d="M4 2.5L7.5 6 4 9.5"
            fill="none"
            stroke="currentColor"
            stroke-width="1.6"
            stroke-linecap="round"
            stroke-linejoin="round"
          />
        </svg>
      </button>
      {open ? (
        <div id={`${id}-card`} class="bl-row-card">
          <ResultCard
            result={result}
            onRecheck={pending ? undefined : onRecheck}
            onCheckAnchor={pending ? undefined : onCheckAnchor}
            onSave={onSave}
            headingLevel={3}
            compact
          />
        </div>
      ) : null}
    </li>
  );
}

/** What a pending item is, in a few words, while it is being checked. */
export function describeCandidate(item: TabItem): string {
  const candidate = item.candidate;
  switch (candidate.kind) {
    case 'image':
      return t('candidate_image');
    case 'svg-markup':
      return t('candidate_svg');
    case 'embedded':
      return t('candidate_embedded');
    case 'platform':
      return t('candidate_platform', platformById(candidate.platform).label);
    case 'link': {
      try {
        return t('candidate_link', new URL(candidate.url).host);
      } catch {
        return t('candidate_link', '');
      }
    }
  }
}

export function PendingRow({ item }: { item: TabItem }) {
  return (
    <li class="bl-row bl-row-pending" data-testid="badge-pending" aria-busy="true">
      <div class="bl-row-button bl-row-static">
        <span class="bl-row-status bl-muted">
          <Spinner />
          <span class="bl-row-word">{t('popup_checking')}</span>
        </span>
        <span class="bl-row-text">
          <span class="bl-row-name bl-muted">{describeCandidate(item)}</span>
        </span>
      </div>
    </li>
  );
}
