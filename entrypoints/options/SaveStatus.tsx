import { t } from '../../components/i18n';
import { Spinner } from '../../components/StatusIcon';
import type { SaveState } from './use-settings';

export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <p class={`bl-save-status bl-save-${state}`} aria-live="polite" data-testid="save-status">
      {state === 'saving' ? (
        <>
          <Spinner size={12} /> {t('options_saving')}
        </>
      ) : state === 'saved' ? (
        <>
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path
              d="M3.8 8.4l2.7 2.7 5.7-6"
              fill="none"
              stroke="currentColor"
              stroke-width="1.9"
              stroke-linecap="round"
              stroke-linejoin="round"
            />
          </svg>{' '}
          {t('options_saved')}
        </>
      ) : state === 'error' ? (
        t('options_save_failed')
      ) : null}
    </p>
  );
}
