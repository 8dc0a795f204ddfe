import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';

const NOTIFICATIONS = { permissions: ['notifications' as const] };

/** The learner's choice of notifications: the optional permission itself, asked for and given back here. */
export function NotifyToggle() {
  const [on, setOn] = useState(false);
  useEffect(() => {
    void browser.permissions.contains(NOTIFICATIONS).then(setOn, () => setOn(false));
  }, []);
  const toggle = async (wanted: boolean) => {
    const granted = wanted
      ? await browser.permissions.request(NOTIFICATIONS).catch(() => false)
      : !(await browser.permissions.remove(NOTIFICATIONS).catch(() => false));
    setOn(granted);
  };
  return (
    <label class="bl-toggle bl-backpack-notify">
      <input type="checkbox" checked={on} data-testid="backpack-notify" onChange={(event) => void toggle(event.currentTarget.checked)} />
      <span>{t('backpack_notify')}</span>
    </label>
  );
}
