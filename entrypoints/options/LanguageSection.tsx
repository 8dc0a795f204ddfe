import { LANGS, t, type LanguageSetting } from '../../components/i18n';
import { languageAutonym } from '../../components/language-names';
import type { SectionProps } from './use-settings';

export function LanguageSection({ settings, save }: SectionProps) {
  return (
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
          {LANGS.map((lang) => (
            <option key={lang} value={lang}>
              {languageAutonym(lang)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
