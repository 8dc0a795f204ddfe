import { useState } from 'preact/hooks';
import { t } from '../../components/i18n';
import { addSite, normalizeHost } from '../../components/sites';
import type { SectionProps } from './use-settings';

/** The sites where scanning is off: a list with remove buttons and a form to add one (inside the scanning section). */
export function SitesSettings({ settings, save }: SectionProps) {
  const [siteInput, setSiteInput] = useState('');
  const [siteError, setSiteError] = useState<string | undefined>();
  const removeSite = (site: string) => void save({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) });

  const addTypedSite = (event: Event) => {
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
    <>
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
                onClick={() => removeSite(site)}
              >
                {t('options_site_remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="bl-muted bl-sites-empty">{t('options_sites_none')}</p>
      )}
      <form class="bl-site-form" onSubmit={addTypedSite}>
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
    </>
  );
}
