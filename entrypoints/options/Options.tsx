import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '../../lib/protocol/schemas';
import { BrandMark } from '../../components/BrandMark';
import { t, useLocale, type LanguageSetting } from '../../components/i18n';
import { sendMessage } from '../../components/messaging';
import { applyLanguageSetting } from '../../components/page-setup';
import { addSite, normalizeHost } from '../../components/sites';
import { Spinner } from '../../components/StatusIcon';

const LOCAL_HTTP_ORIGINS = 'http://*/*';

type SaveState = 'idle' | 'saving' | 'saved' | 'error';
type Load = { kind: 'loading' } | { kind: 'error' } | { kind: 'ready'; settings: Settings };

function useFlash(): [SaveState, (state: SaveState) => void] {
  const [state, setState] = useState<SaveState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const set = (next: SaveState) => {
    clearTimeout(timer.current);
    setState(next);
    if (next === 'saved') timer.current = setTimeout(() => setState('idle'), 2500);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  return [state, set];
}

function SaveStatus({ state }: { state: SaveState }) {
  return (
    <p class={`bl-save-status bl-save-${state}`} aria-live="polite" data-testid="save-status">
      {state === 'saving' ? (
        <>
          <Spinner size={12} /> {t('options_saving')}
        </>
      ) : state === 'saved' ? (
        <>
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M3.8 8.4l2.7 2.7 5.7-6" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round" />
          </svg>{' '}
          {t('options_saved')}
        </>
      ) : state === 'error' ? (
        t('options_save_failed')
      ) : null}
    </p>
  );
}

export function Options() {
  useLocale();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [saveState, setSaveState] = useFlash();
  const [cacheState, setCacheState] = useFlash();
  const [siteInput, setSiteInput] = useState('');
  const [siteError, setSiteError] = useState<string | undefined>();

  const fetchSettings = () => {
    setLoad({ kind: 'loading' });
    sendMessage({ type: 'get-settings' }, 5000)
      .then((reply) => setLoad({ kind: 'ready', settings: reply.settings }))
      .catch(() => setLoad({ kind: 'error' }));
  };
  useEffect(fetchSettings, []);

  const save = async (next: Settings) => {
    const previous = load.kind === 'ready' ? load.settings : undefined;
    setLoad({ kind: 'ready', settings: next });
    setSaveState('saving');
    try {
      const reply = await sendMessage({ type: 'set-settings', settings: next }, 5000);
      const saved = reply.settings;
      setLoad({ kind: 'ready', settings: saved });
      setSaveState('saved');
      if (saved.language !== previous?.language) await applyLanguageSetting(saved);
    } catch {
      if (previous) setLoad({ kind: 'ready', settings: previous });
      setSaveState('error');
    }
  };

  /** Plain-http local servers need the optional http permission; asked for while the click is fresh. */
  const toggleLocalNetwork = async (box: HTMLInputElement) => {
    if (load.kind !== 'ready') return;
    const allow = box.checked;
    if (allow && !(await browser.permissions.request({ origins: [LOCAL_HTTP_ORIGINS] }).catch(() => false))) {
      box.checked = false;
      setSaveState('error');
      return;
    }
    if (!allow) await browser.permissions.remove({ origins: [LOCAL_HTTP_ORIGINS] }).catch(() => false);
    await save({ ...load.settings, allowLocalNetwork: allow });
  };

  const clearCache = async () => {
    setCacheState('saving');
    try {
      await sendMessage({ type: 'clear-cache' }, 10_000);
      setCacheState('saved');
    } catch {
      setCacheState('error');
    }
  };

  const header = (
    <header class="bl-options-header">
      <BrandMark size={28} />
      <div>
        <h1>{t('options_title')}</h1>
        <p class="bl-muted">{t('options_subtitle')}</p>
      </div>
    </header>
  );

  if (load.kind === 'loading') {
    return (
      <div class="bl-options">
        {header}
        <p class="bl-options-loading" role="status">
          <Spinner /> {t('popup_loading')}
        </p>
      </div>
    );
  }
  if (load.kind === 'error') {
    return (
      <div class="bl-options">
        {header}
        <div class="bl-alert" role="alert" data-testid="options-error">
          <p>{t('options_load_failed')}</p>
          <button type="button" class="bl-button" onClick={fetchSettings}>
            {t('options_retry')}
          </button>
        </div>
      </div>
    );
  }

  const settings = load.settings;
  const addCurrentSite = (event: Event) => {
    event.preventDefault();
    const host = normalizeHost(siteInput);
    if (!host) {
      setSiteError(t('options_site_invalid'));
      return;
    }
    setSiteError(undefined);
    setSiteInput('');
    if (!settings.disabledSites.includes(host)) void save({ ...settings, disabledSites: addSite(settings.disabledSites, host) });
  };

  return (
    <div class="bl-options">
      {header}
      <SaveStatus state={saveState} />

      <section class="bl-panel" aria-labelledby="opt-scan">
        <h2 id="opt-scan">{t('options_scanning_title')}</h2>
        <label class="bl-toggle">
          <input type="checkbox" checked={settings.autoScan} data-testid="opt-auto-scan" onChange={(event) => void save({ ...settings, autoScan: (event.currentTarget as HTMLInputElement).checked })} />
          <span>
            <strong>{t('options_auto_scan')}</strong>
            <span class="bl-muted bl-toggle-help">{t('options_auto_scan_help')}</span>
          </span>
        </label>

        <h3 id="opt-sites">{t('options_sites_title')}</h3>
        <p class="bl-muted">{t('options_sites_help')}</p>
        {settings.disabledSites.length > 0 ? (
          <ul class="bl-sites" aria-labelledby="opt-sites" data-testid="opt-sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span class="bl-site-name">{site}</span>
                <button
                  type="button"
                  class="bl-link-button"
                  aria-label={t('options_site_remove_label', site)}
                  onClick={() => void save({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) })}
                >
                  {t('options_site_remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="bl-muted bl-sites-empty">{t('options_sites_none')}</p>
        )}
        <form class="bl-site-form" onSubmit={addCurrentSite}>
          <label class="bl-visually-hidden" for="opt-site-input">
            {t('options_site_input_label')}
          </label>
          <input
            id="opt-site-input"
            type="text"
            value={siteInput}
            placeholder={t('options_site_placeholder')}
            autocomplete="off"
            spellcheck={false}
            data-testid="opt-site-input"
            aria-invalid={siteError ? 'true' : undefined}
            aria-describedby={siteError ? 'opt-site-error' : undefined}
            onInput={(event) => setSiteInput((event.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="bl-button" data-testid="opt-site-add">
            {t('options_site_add')}
          </button>
        </form>
        {siteError ? (
          <p id="opt-site-error" class="bl-field-error" role="alert">
            {siteError}
          </p>
        ) : null}
      </section>

      <section class="bl-panel" aria-labelledby="opt-network">
        <h2 id="opt-network">{t('options_network_title')}</h2>
        <label class="bl-toggle">
          <input
            type="checkbox"
            checked={settings.allowLocalNetwork}
            data-testid="opt-local-network"
            onChange={(event) => void toggleLocalNetwork(event.currentTarget as HTMLInputElement)}
          />
          <span>
            <strong>{t('options_local_network')}</strong>
            <span class="bl-muted bl-toggle-help">{t('options_local_network_help')}</span>
          </span>
        </label>
        <p class={`bl-risk${settings.allowLocalNetwork ? ' bl-risk-on' : ''}`}>{t('options_local_network_risk')}</p>
      </section>

      <section class="bl-panel" aria-labelledby="opt-language">
        <h2 id="opt-language">{t('options_language_title')}</h2>
        <label class="bl-field bl-field-inline">
          <span class="bl-field-label">{t('options_language_label')}</span>
          <select
            value={settings.language}
            data-testid="opt-language"
            onChange={(event) => void save({ ...settings, language: (event.currentTarget as HTMLSelectElement).value as LanguageSetting })}
          >
            <option value="auto">{t('options_language_auto')}</option>
            <option value="en">{t('options_language_en')}</option>
            <option value="de">{t('options_language_de')}</option>
          </select>
        </label>
      </section>

      <section class="bl-panel" aria-labelledby="opt-cache">
        <h2 id="opt-cache">{t('options_cache_title')}</h2>
        <p class="bl-muted">{t('options_cache_help')}</p>
        <div class="bl-cache-row">
          <button type="button" class="bl-button" data-testid="opt-clear-cache" disabled={cacheState === 'saving'} onClick={() => void clearCache()}>
            {cacheState === 'saving' ? <Spinner size={12} /> : null}
            {t('options_cache_clear')}
          </button>
          <span class="bl-muted" aria-live="polite" data-testid="cache-status">
            {cacheState === 'saved' ? t('options_cache_cleared') : cacheState === 'error' ? t('options_cache_failed') : ''}
          </span>
        </div>
      </section>

      <footer class="bl-options-footer bl-muted">{t('options_privacy')}</footer>
    </div>
  );
}
