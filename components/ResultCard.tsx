import { useState } from 'preact/hooks';
import type { VerificationResult } from '../lib/result/types';
import { AboutSection } from './AboutSection';
import { BadgeImage } from './BadgeImage';
import { CheckList } from './CheckList';
import { CopySummaryButton } from './CopySummaryButton';
import { credentialName, issuerName, nameSourceText, nameTrustText, recipientText, vouchedByHref } from './credential-text';
import { formatCheckedAt, formatDate, shorten } from './dates';
import { useNow } from './hooks';
import { t, useLocale, type Lang } from './i18n';
import { assuranceMessageKey, statusMessageKey } from './message-keys';
import { NestedResults } from './NestedResults';
import { RecipientMatchNote } from './RecipientMatchNote';
import { EXTERNAL_LINK, safeLinkHref } from './safe';
import { Spinner } from './StatusIcon';
import { SaveToBackpackButton, type SaveOutcome } from './SaveToBackpack';
import { StatusChip } from './StatusChip';
import { TechDetails } from './TechDetails';
import { AnchorCheckOffer } from './AnchorCheckOffer';
import { TrustNoteView } from './TrustNoteView';
import { useTrustLists } from './trust-store';
import { withTrust } from '../lib/trust/trust-list';
import { VouchedBy } from './VouchedBy';

type HeadingTag = 'h2' | 'h3' | 'h4';

export interface ResultCardProps {
  result: VerificationResult;
  /** Shows a re-check button when given; may return a promise (the button shows progress until it settles). */
  onRecheck?: (() => void | Promise<unknown>) | undefined;
  /** Offered when a Blockcerts anchor was not looked up: looks it up for this credential only. */
  onCheckAnchor?: (() => void | Promise<unknown>) | undefined;
  /** Render the achievement name as this heading level (2 in the overlay dialog, 3 in lists). */
  headingLevel?: 2 | 3 | 4;
  /** Hide the name and status header (when the surrounding row already shows them). */
  compact?: boolean;
  /** Shows "Save to my backpack" when given. */
  onSave?: (() => Promise<SaveOutcome>) | undefined;
}

function RecheckButton({ onRecheck }: { onRecheck: () => void | Promise<unknown> }) {
  const [busy, setBusy] = useState(false);
  const run = () => {
    if (busy) return;
    setBusy(true);
    Promise.resolve()
      .then(onRecheck)
      .catch(() => undefined)
      .finally(() => setBusy(false));
  };
  return (
    <button type="button" class="bl-button bl-recheck" onClick={run} disabled={busy} aria-busy={busy ? 'true' : undefined}>
      {busy ? <Spinner size={12} /> : null}
      {busy ? t('card_rechecking') : t('card_recheck')}
    </button>
  );
}

/** The `url` the issuer gives itself, as its own labelled link, when no one vouched or it is on another site. */
function StatedWebsite({ result }: { result: VerificationResult }) {
  const href = safeLinkHref(result.credential.issuer?.url);
  const offSite =
    !result.credential.issuer?.vouchedBy || result.checks.some((c) => c.code === 'issuer.url-other-site' && c.outcome === 'fail');
  if (!href || !offSite) return null;
  return (
    <p class="bl-card-website">
      <span class="bl-label">{t('card_issuer_website')}</span>{' '}
      <a href={href} {...EXTERNAL_LINK}>
        {new URL(href).host}
      </a>
    </p>
  );
}

function CardHead({ result, Heading, compact }: { result: VerificationResult; Heading: HeadingTag; compact: boolean }) {
  const { credential } = result;
  const issuerHref = safeLinkHref(vouchedByHref(credential));
  const trust = nameTrustText(credential);
  const source = nameSourceText(credential);
  return (
    <header class="bl-card-head">
      <BadgeImage src={credential.image} />
      <div class="bl-card-title">
        {compact ? null : <Heading class="bl-card-name">{credentialName(credential, result.source)}</Heading>}
        <p class="bl-card-issuer">
          <span class="bl-label">{t('card_issued_by')}</span>{' '}
          {issuerHref ? (
            <a href={issuerHref} {...EXTERNAL_LINK}>
              {issuerName(credential)}
            </a>
          ) : (
            <strong>{issuerName(credential)}</strong>
          )}
          {trust ? <span class="bl-name-trust"> — {trust}</span> : null}
          {source ? <span class="bl-muted"> · {source}</span> : null}
        </p>
        <VouchedBy credential={credential} as="p" class="bl-card-vouch" testId="vouched-by" />
        <StatedWebsite result={result} />
        <p class="bl-card-verdict">
          {compact ? null : <StatusChip status={result.status} />}
          <span class="bl-muted">{t(`status_summary_${result.status}`)}</span>
        </p>
      </div>
    </header>
  );
}

/** What the credential says: criteria, recipient, dates, revocation reason and how far it could be checked. */
function CardFacts({ result, lang }: { result: VerificationResult; lang: Lang }) {
  const { credential } = result;
  const criteriaHref = safeLinkHref(credential.criteriaUrl);
  const issued = formatDate(credential.issued, lang);
  const expires = formatDate(credential.expires, lang);
  return (
    <dl class="bl-facts">
      {credential.criteria || criteriaHref ? (
        <>
          <dt>{t('card_criteria')}</dt>
          <dd>
            {credential.criteria ? (
              <span class="bl-criteria" dir="auto">
                {credential.criteria}
              </span>
            ) : null}
            {criteriaHref ? (
              <>
                {credential.criteria ? ' ' : null}
                <a href={criteriaHref} {...EXTERNAL_LINK}>
                  {t('card_criteria_link')}
                </a>
              </>
            ) : null}
          </dd>
        </>
      ) : null}
      <dt>{t('card_recipient')}</dt>
      <dd>{recipientText(credential)}</dd>
      <dt>{t('card_issued_on')}</dt>
      <dd>{issued ?? t('card_date_not_stated')}</dd>
      <dt>{t('card_expires_on')}</dt>
      <dd>{expires ?? t('card_never_expires')}</dd>
      {result.status === 'revoked' && credential.revocationReason ? (
        <>
          <dt>{t('card_revocation_reason')}</dt>
          <dd>{credential.revocationReason}</dd>
        </>
      ) : null}
      <dt>{t('card_assurance')}</dt>
      <dd>{t(assuranceMessageKey(result.assurance))}</dd>
    </dl>
  );
}

function ResultTechDetails({ result }: { result: VerificationResult }) {
  const { credential } = result;
  return (
    <TechDetails
      class="bl-tech bl-tech-result"
      summary={t('card_technical_detail')}
      rows={[
        { label: t('card_tech_format'), value: result.format, code: true },
        { label: t('card_tech_status'), value: `${result.status} (${t(statusMessageKey(result.status))})`, code: true },
        { label: t('card_tech_source'), value: shorten(result.source, 300) },
        credential.id ? { label: t('card_tech_id'), value: shorten(credential.id, 300) } : null,
        credential.issuer?.id ? { label: t('card_tech_issuer_id'), value: shorten(credential.issuer.id, 300) } : null,
        credential.issuer?.vouchedBy ? { label: t('card_tech_vouched_by'), value: shorten(credential.issuer.vouchedBy.value, 300) } : null,
      ]}
    />
  );
}

/** Everything known about one verified (or not) credential, in plain words with technical detail on demand. */
export function ResultCard({ result: found, onRecheck, onCheckAnchor, headingLevel = 3, compact = false, onSave }: ResultCardProps) {
  const { trust, ...result } = withTrust(found, useTrustLists());
  const lang = useLocale();
  const now = useNow();
  const Heading = `h${headingLevel}` as HeadingTag;
  const checked = formatCheckedAt(result.checkedAt, now, lang);

  return (
    <article class={`bl-card bl-status-${result.status}`} data-status={result.status} data-format={result.format}>
      <CardHead result={result} Heading={Heading} compact={compact} />
      {result.credential.description ? <p class="bl-card-description">{result.credential.description}</p> : null}
      <RecipientMatchNote credential={result.credential} />
      <TrustNoteView trust={trust} />
      <CardFacts result={result} lang={lang} />
      <AboutSection about={result.about} checks={result.checks} Heading={Heading} />
      <CheckList checks={result.checks} Heading={Heading} />
      {onCheckAnchor ? <AnchorCheckOffer result={result} onCheckAnchor={onCheckAnchor} /> : null}
      {result.nested && result.nested.length > 0 ? (
        <NestedResults
          nested={result.nested}
          Heading={Heading}
          card={(nested) => <ResultCard result={nested} headingLevel={4} compact />}
        />
      ) : null}
      <ResultTechDetails result={result} />
      <footer class="bl-card-foot">
        {checked ? (
          <span class="bl-muted bl-checked" title={result.checkedAt}>
            {checked}
          </span>
        ) : (
          <span />
        )}
        <CopySummaryButton result={result} />
        {onSave ? <SaveToBackpackButton onSave={onSave} /> : null}
        {onRecheck ? <RecheckButton onRecheck={onRecheck} /> : null}
      </footer>
    </article>
  );
}
