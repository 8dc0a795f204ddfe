import { t } from '../../components/i18n';
import { SitesSettings } from './SitesSettings';
import type { SectionProps } from './use-settings';

export function ScanningSection({ settings, save }: SectionProps) {
  return (
    <section class="bl-panel" aria-labelledby="opt-scan">
      <h2 id="opt-scan">{t('options_scanning_title')}</h2>
      <label class="bl-toggle">
        <input
          type="checkbox"
          checked={settings.autoScan}
          data-testid="opt-auto-scan"
          onChange={(event) => void save({ ...settings, autoScan: (event.currentTarget as HTMLInputElement).checked })}
        />
        <span>
          <strong>{t('options_auto_scan')}</strong>
          <span class="bl-muted bl-toggle-help">{t('options_auto_scan_help')}</span>
        </span>
      </label>
      <SitesSettings settings={settings} save={save} />
    </section>
  );
}
