import { t } from '../../components/i18n';
import type { SectionProps } from './use-settings';

/** The opt-in lookup of Blockcerts anchors: a third party learns which transaction is looked up. */
export function AnchorsSection({ settings, save }: SectionProps) {
  const on = settings.checkAnchors === true;
  return (
    <section class="bl-panel" aria-labelledby="opt-anchors">
      <h2 id="opt-anchors">{t('options_anchors_title')}</h2>
      <label class="bl-toggle">
        <input
          type="checkbox"
          checked={on}
          data-testid="opt-check-anchors"
          onChange={(event) => void save({ ...settings, checkAnchors: (event.currentTarget as HTMLInputElement).checked })}
        />
        <span>
          <strong>{t('options_anchors')}</strong>
          <span class="bl-muted bl-toggle-help">{t('options_anchors_help')}</span>
        </span>
      </label>
      <p class={`bl-risk${on ? ' bl-risk-on' : ''}`}>{t('options_anchors_privacy')}</p>
    </section>
  );
}
