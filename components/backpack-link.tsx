import { browser } from 'wxt/browser';
import { t } from './i18n';

/** Opens the backpack page in a tab (or focuses nothing else: the browser opens a new one each time). */
export function openBackpack(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/backpack.html') }).catch(() => undefined);
}

/** "My backpack", from the popup and the options page. */
export function BackpackLink({ class: className = 'bl-button' }: { class?: string }) {
  return (
    <button type="button" class={className} data-testid="open-backpack" onClick={openBackpack}>
      {t('backpack_open')}
    </button>
  );
}
