import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import type { SectionProps } from './use-settings';

const LOCAL_HTTP_ORIGINS = 'http://*/*';

export function LocalNetworkSection({ settings, save, saveFailed }: SectionProps & { saveFailed: () => void }) {
  /** Plain-http local servers need the optional http permission; asked for while the click is fresh. */
  const toggle = async (box: HTMLInputElement) => {
    const allow = box.checked;
    if (allow && !(await browser.permissions.request({ origins: [LOCAL_HTTP_ORIGINS] }).catch(() => false))) {
      box.checked = false;
      saveFailed();
      return;
    }
    if (!allow) await browser.permissions.remove({ origins: [LOCAL_HTTP_ORIGINS] }).catch(() => false);
    await save({ ...settings, allowLocalNetwork: allow });
  };

  return (
    <section class="bl-panel" aria-labelledby="opt-network">
      <h2 id="opt-network">{t('options_network_title')}</h2>
      <label class="bl-toggle">
        <input
          type="checkbox"
          checked={settings.allowLocalNetwork}
          data-testid="opt-local-network"
          onChange={(event) => void toggle(event.currentTarget as HTMLInputElement)}
        />
        <span>
          <strong>{t('options_local_network')}</strong>
          <span class="bl-muted bl-toggle-help">{t('options_local_network_help')}</span>
        </span>
      </label>
      <p class={`bl-risk${settings.allowLocalNetwork ? ' bl-risk-on' : ''}`}>{t('options_local_network_risk')}</p>
    </section>
  );
}
