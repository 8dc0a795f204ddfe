import { useState } from 'preact/hooks';
import { effectOf } from '../lib/result/catalog';
import type { Check, CredentialSummary, VerificationResult } from '../lib/result/types';
import { formatCheckedAt, formatDate, shorten } from './format';
import { useNow } from './hooks';
import { t, useLocale } from './i18n';
import { assuranceMessageKey, checkMessageKey, statusMessageKey } from './message-keys';
import { EXTERNAL_LINK, safeImageSrc, safeLinkHref } from './safe';
import { Spinner, OutcomeIcon, type ShownOutcome } from './StatusIcon';
import { StatusChip } from './StatusChip';

export interface ResultCardProps {
  result: VerificationResult;
  /** Shows a re-check button when given; may return a promise (the button shows progress until it settles). */
  onRecheck?: (() => void | Promise<unknown>) | undefined;
  /** Render the achievement name as this heading level (2 in the overlay dialog, 3 in lists). */
  headingLevel?: 2 | 3 | 4;
  /** Hide the name and status header (when the surrounding row already shows them). */
  compact?: boolean;
}

/** A credential image, or a neutral placeholder when the source is not a safe image URL. */
export function BadgeImage({ src, size = 56 }: { src: string | undefined; size?: number }) {
  const [broken, setBroken] = useState(false);
  const safe = safeImageSrc(src);
  if (!safe || broken) {
    return (
      <span class="bl-image bl-image-placeholder" style={{ width: `${size}px`, height: `${size}px` }} role="img" aria-label={t('card_no_image')}>
        <svg viewBox="0 0 24 24" width={size * 0.5} height={size * 0.5} aria-hidden="true" focusable="false">
          <circle cx="12" cy="9" r="5.5" fill="none" stroke="currentColor" stroke-width="1.5" />
          <path d="M8.5 13.5L7 21l5-2.5 5 2.5-1.5-7.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
        </svg>
      </span>
    );
  }
  return (
    <img
      class="bl-image"
      src={safe}
      alt=""
      width={size}
      height={size}
      loading="lazy"
      referrerpolicy="no-referrer"
      decoding="async"
      onError={() => setBroken(true)}
    />
  );
}

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

function nameSourceText(credential: CredentialSummary): string | undefined {
  switch (credential.issuer?.nameSource) {
    case 'hosted-profile':
      return t('card_issuer_from_profile');
    case 'embedded':
      return t('card_issuer_as_stated');
    default:
      return undefined;
  }
}

function recipientText(credential: CredentialSummary): string {
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

function CheckRow({ check }: { check: Check }) {
  const shown = shownOutcome(check);
  return (
    <li class={`bl-check bl-check-${shown}`} data-check={check.id} data-outcome={check.outcome} data-code={check.code}>
      <OutcomeIcon outcome={shown} />
      <div class="bl-check-body">
        <span class="bl-check-text">{t(checkMessageKey(check.code))}</span>
        <details class="bl-tech">
          <summary>{t('card_details')}</summary>
          <dl>
            <dt>{t('card_tech_code')}</dt>
            <dd>
              <code>{check.code}</code>
            </dd>
            <dt>{t('card_tech_outcome')}</dt>
            <dd>
              <code>
                {check.id}: {check.outcome}
              </code>
            </dd>
            {check.detail ? (
              <>
                <dt>{t('card_tech_detail')}</dt>
                <dd class="bl-tech-detail">{check.detail}</dd>
              </>
            ) : null}
            {check.pointer ? (
              <>
                <dt>{t('card_tech_pointer')}</dt>
                <dd>
                  <code>{check.pointer}</code>
                </dd>
              </>
            ) : null}
          </dl>
        </details>
      </div>
    </li>
  );
}

/** One credential inside a CLR: its verdict in a line, its own card on demand. */
function NestedResult({ result }: { result: VerificationResult }) {
  const [open, setOpen] = useState(false);
  return (
    <li class={`bl-nested bl-status-${result.status}`} data-testid="nested-result" data-status={result.status} data-format={result.format}>
      <button type="button" class="bl-nested-button" aria-expanded={open ? 'true' : 'false'} onClick={() => setOpen(!open)}>
        <StatusChip status={result.status} size="small" />
        <span class="bl-nested-name">{credentialName(result.credential, result.source)}</span>
      </button>
      {open ? (
        <div class="bl-nested-card">
          <ResultCard result={result} headingLevel={4} compact />
        </div>
      ) : null}
    </li>
  );
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

/** Everything known about one verified (or not) credential, in plain words with technical detail on demand. */
export function ResultCard({ result, onRecheck, headingLevel = 3, compact = false }: ResultCardProps) {
  const lang = useLocale();
  const now = useNow();
  const { credential } = result;
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const criteriaHref = safeLinkHref(credential.criteriaUrl);
  const issuerHref = safeLinkHref(credential.issuer?.url);
  const source = nameSourceText(credential);
  const issued = formatDate(credential.issued, lang);
  const expires = formatDate(credential.expires, lang);
  const checked = formatCheckedAt(result.checkedAt, now, lang);

  return (
    <article class={`bl-card bl-status-${result.status}`} data-status={result.status} data-format={result.format}>
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
            {source ? <span class="bl-muted"> · {source}</span> : null}
          </p>
          <p class="bl-card-verdict">
            {compact ? null : <StatusChip status={result.status} />}
            <span class="bl-muted">{t(`status_summary_${result.status}`)}</span>
          </p>
        </div>
      </header>

      {credential.description ? <p class="bl-card-description">{credential.description}</p> : null}

      <dl class="bl-facts">
        {credential.criteria || criteriaHref ? (
          <>
            <dt>{t('card_criteria')}</dt>
            <dd>
              {credential.criteria ? <span class="bl-criteria">{credential.criteria}</span> : null}
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

      <section class="bl-checks-section" aria-label={t('card_checks')}>
        <Heading class="bl-section-title">{t('card_checks')}</Heading>
        {result.checks.length > 0 ? (
          <ul class="bl-checks">
            {result.checks.map((check, index) => (
              <CheckRow key={`${check.id}:${check.code}:${index}`} check={check} />
            ))}
          </ul>
        ) : (
          <p class="bl-muted">{t('card_no_checks')}</p>
        )}
      </section>

      {result.nested && result.nested.length > 0 ? (
        <section class="bl-nested-section" aria-label={t('card_nested_title', result.nested.length)}>
          <Heading class="bl-section-title">{t('card_nested_title', result.nested.length)}</Heading>
          <ul class="bl-nested-list">
            {result.nested.map((nested, index) => (
              <NestedResult key={`${index}:${nested.credential.id ?? ''}`} result={nested} />
            ))}
          </ul>
        </section>
      ) : null}

      <details class="bl-tech bl-tech-result">
        <summary>{t('card_technical_detail')}</summary>
        <dl>
          <dt>{t('card_tech_format')}</dt>
          <dd>
            <code>{result.format}</code>
          </dd>
          <dt>{t('card_tech_status')}</dt>
          <dd>
            <code>
              {result.status} ({t(statusMessageKey(result.status))})
            </code>
          </dd>
          <dt>{t('card_tech_source')}</dt>
          <dd class="bl-tech-detail">{shorten(result.source, 300)}</dd>
          {credential.id ? (
            <>
              <dt>{t('card_tech_id')}</dt>
              <dd class="bl-tech-detail">{shorten(credential.id, 300)}</dd>
            </>
          ) : null}
          {credential.issuer?.id ? (
            <>
              <dt>{t('card_tech_issuer_id')}</dt>
              <dd class="bl-tech-detail">{shorten(credential.issuer.id, 300)}</dd>
            </>
          ) : null}
        </dl>
      </details>

      <footer class="bl-card-foot">
        {checked ? (
          <span class="bl-muted bl-checked" title={result.checkedAt}>
            {checked}
          </span>
        ) : (
          <span />
        )}
        {onRecheck ? <RecheckButton onRecheck={onRecheck} /> : null}
      </footer>
    </article>
  );
}

/** A failed check whose code leaves the verdict alone (a legacy format, a missing `sub`) is a warning, not a ✗. */
function shownOutcome(check: Check): ShownOutcome {
  return check.outcome === 'fail' && effectOf(check.code) === 'warning' ? 'warning' : check.outcome;
}
