import { t } from '../../components/i18n';
import { sendMessage } from '../../components/messaging';
import { Spinner } from '../../components/StatusIcon';
import { useFlash } from './use-settings';

export function CacheSection() {
  const [cacheState, setCacheState] = useFlash();
  const clearCache = async () => {
    setCacheState('saving');
    try {
      await sendMessage({ type: 'clear-cache' }, 10_000);
      setCacheState('saved');
    } catch {
      setCacheState('error');
    }
  };

  return (
    <section class="bl-panel" aria-labelledby="opt-cache">
      <h2 id="opt-cache">{t('options_cache_title')}</h2>
      <p class="bl-muted">{t('options_cache_help')}</p>
      <div class="bl-cache-row">
        <button
          type="button"
          class="bl-button"
          data-testid="opt-clear-cache"
          disabled={cacheState === 'saving'}
          onClick={() => void clearCache()}
        >
          {cacheState === 'saving' ? <Spinner size={12} /> : null}
          {t('options_cache_clear')}
        </button>
        <span class="bl-muted" aria-live="polite" data-testid="cache-status">
          {cacheState === 'saved' ? t('options_cache_cleared') : cacheState === 'error' ? t('options_cache_failed') : ''}
        </span>
      </div>
    </section>
  );
}
