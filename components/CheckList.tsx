import { shownOutcome } from '../lib/result/fold-status';
import type { Check } from '../lib/result/types';
import { t } from './i18n';
import { checkMessageKey } from './message-keys';
import { OutcomeIcon } from './StatusIcon';
import { TechDetails } from './TechDetails';

/** A failed check whose code leaves the verdict alone (a legacy format, a missing `sub`) is a warning, not a ✗. */
export { shownOutcome };

export function CheckRow({ check }: { check: Check }) {
  const shown = shownOutcome(check);
  return (
    <li class={`bl-check bl-check-${shown}`} data-check={check.id} data-outcome={check.outcome} data-code={check.code}>
      <OutcomeIcon outcome={shown} />
      <div class="bl-check-body">
        <span class="bl-check-text">{t(checkMessageKey(check.code))}</span>
        <TechDetails
          summary={t('card_details')}
          rows={[
            { label: t('card_tech_code'), value: check.code, code: true },
            { label: t('card_tech_outcome'), value: `${check.id}: ${check.outcome}`, code: true },
            check.detail ? { label: t('card_tech_detail'), value: check.detail } : null,
            check.pointer ? { label: t('card_tech_pointer'), value: check.pointer, code: true } : null,
          ]}
        />
      </div>
    </li>
  );
}

/** The checks of one result under a heading of the card's level, or a note that there were none. */
export function CheckList({ checks, Heading }: { checks: readonly Check[]; Heading: 'h2' | 'h3' | 'h4' }) {
  return (
    <section class="bl-checks-section" aria-label={t('card_checks')}>
      <Heading class="bl-section-title">{t('card_checks')}</Heading>
      {checks.length > 0 ? (
        <ul class="bl-checks">
          {checks.map((check, index) => (
            <CheckRow key={`${check.id}:${check.code}:${index}`} check={check} />
          ))}
        </ul>
      ) : (
        <p class="bl-muted">{t('card_no_checks')}</p>
      )}
    </section>
  );
}
