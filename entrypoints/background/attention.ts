import { browser } from 'wxt/browser';
import { ALERT_MESSAGE_KEYS } from '../../components/backpack-keys';
import type { AlertReason } from '../../lib/protocol/backpack-schemas';
import type { AttentionPort } from './ports';

/** How the toolbar looks when no tab shows a count of its own and backpack badges need attention. */
export const ATTENTION_TEXT = '!';
const ATTENTION_COLOUR = '#9a6700';

const message = (key: string, substitution?: string) =>
  browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitution);

/**
 * The browser side of the backpack's signal: the toolbar's default badge (tabs with badges of their
 * own keep their count) and, when the learner granted `notifications`, one notification per badge.
 */
export function browserAttention(): AttentionPort {
  return {
    async show(alerts: readonly AlertReason[]) {
      await browser.action.setBadgeText({ text: alerts.length > 0 ? ATTENTION_TEXT : '' });
      await browser.action.setBadgeBackgroundColor({ color: ATTENTION_COLOUR });
      await browser.action.setTitle({
        title: alerts.length > 0 ? message('backpack_attention_title', String(alerts.length)) : 'Badge Lens',
      });
    },
    async notify(id, badgeName, reason) {
      if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
      await browser.notifications.create(`backpack:${id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: badgeName,
        message: message(ALERT_MESSAGE_KEYS[reason]),
      });
    },
  };
}
