import { t } from '../../components/i18n';

/** "N more not checked": the page had more candidates than the per-page limit; nothing when it had not. */
export function NotCheckedNote({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <p class="bl-popup-not-checked" data-testid="not-checked" role="status">
      {t('popup_not_checked', count)}
    </p>
  );
}
