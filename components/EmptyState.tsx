import { t } from './i18n';

/** No badges on this page: says what was looked for, so "nothing" is a meaningful answer. */
export function EmptyState({ hint }: { hint?: string }) {
  return (
    <section class="bl-empty" data-testid="empty-state" aria-labelledby="bl-empty-title">
      <svg class="bl-empty-icon" width="32" height="32" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" />
        <path d="M15.5 15.5L21 21" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" />
      </svg>
      <h2 id="bl-empty-title" class="bl-empty-title">
        {t('empty_title')}
      </h2>
      <p>{t('empty_looked_for')}</p>
      <ul class="bl-empty-list">
        <li>{t('empty_baked_images')}</li>
        <li>{t('empty_embedded')}</li>
        <li>{t('empty_links')}</li>
        <li>{t('empty_platforms')}</li>
      </ul>
      {hint ? <p class="bl-muted">{hint}</p> : null}
    </section>
  );
}
