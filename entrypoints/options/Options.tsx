import { BrandMark } from '../../components/BrandMark';
import { BackpackLink } from '../../components/backpack-link';
import { t, useLocale } from '../../components/i18n';
import { Spinner } from '../../components/StatusIcon';
import { AnchorsSection } from './AnchorsSection';
import { CacheSection } from './CacheSection';
import { LanguageSection } from './LanguageSection';
import { LocalNetworkSection } from './LocalNetworkSection';
import { SaveStatus } from './SaveStatus';
import { ScanningSection } from './ScanningSection';
import { TrustSection } from './TrustSection';
import { useSettings } from './use-settings';

function Header() {
  return (
    <header class="bl-options-header">
      <BrandMark size={28} />
      <div>
        <h1>{t('options_title')}</h1>
        <p class="bl-muted">{t('options_subtitle')}</p>
      </div>
      <BackpackLink />
    </header>
  );
}

function LoadFailed({ retry }: { retry: () => void }) {
  return (
    <div class="bl-alert" role="alert" data-testid="options-error">
      <p>{t('options_load_failed')}</p>
      <button type="button" class="bl-button" onClick={retry}>
        {t('options_retry')}
      </button>
    </div>
  );
}

export function Options() {
  useLocale();
  const { load, reload, save, saveState, saveFailed } = useSettings();

  if (load.kind !== 'ready') {
    return (
      <main class="bl-options">
        <Header />
        {load.kind === 'loading' ? (
          <p class="bl-options-loading" role="status">
            <Spinner /> {t('popup_loading')}
          </p>
        ) : (
          <LoadFailed retry={reload} />
        )}
      </main>
    );
  }

  const { settings } = load;
  return (
    <main class="bl-options">
      <Header />
      <SaveStatus state={saveState} />
      <ScanningSection settings={settings} save={save} />
      <LocalNetworkSection settings={settings} save={save} saveFailed={saveFailed} />
      <AnchorsSection settings={settings} save={save} />
      <LanguageSection settings={settings} save={save} />
      <CacheSection />
      <TrustSection />
      <footer class="bl-options-footer bl-muted">{t('options_privacy')}</footer>
    </main>
  );
}
