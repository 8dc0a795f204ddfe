import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { statusMessageKey } from '../../components/message-keys';
import type { PageViewQuery } from '../../lib/protocol/messages';
import { browserAttention } from './attention';
import { staticJsonLdTools } from '../../lib/jsonld/static-tools';
import { watchRedirects } from './redirect-watch';
import { createBackground } from './router';

const BACKPACK_ALARM = 'backpack-recheck';

/**
 * A module worker that imports the JSON-LD stack statically (Chrome's module worker cannot `import()`
 * on demand), so canonicalization needs no second process or round trip; the build wraps that stack
 * so it is evaluated on the first canonicalization, not at every start (wxt.config.ts).
 */
export default defineBackground({
  type: 'module',
  main() {
    const background = createBackground({
      session: browser.storage.session,
      local: browser.storage.local,
      fetch: (...args) => globalThis.fetch(...args),
      jsonld: staticJsonLdTools,
      revealRedirect: watchRedirects(),
      toolbar: {
        setBadgeText: (details) => browser.action.setBadgeText(details),
        setBadgeBackgroundColor: (details) => browser.action.setBadgeBackgroundColor(details),
        setTitle: (details) => browser.action.setTitle(details),
        statusWord: (status) => browser.i18n.getMessage(statusMessageKey(status) as Parameters<typeof browser.i18n.getMessage>[0]),
      },
      sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
      askPageView: (tabId) => browser.tabs.sendMessage(tabId, { type: 'page-view' } satisfies PageViewQuery),
      runtime: { id: browser.runtime.id, getURL: (path) => browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]) },
      attention: browserAttention(),
      indexedDB: globalThis.indexedDB,
    });

    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      void background.handle(message, sender).then(sendResponse);
      return true;
    });
    browser.tabs.onRemoved.addListener((tabId) => void background.onTabRemoved(tabId));
    // A start at browser launch or install may have idle time before the first page asks: evaluate the
    // JSON-LD stack then, off that page's path. Not while a tab loads: the evaluation is one long task,
    // which would hold up that page's first verdicts; its candidates warm the stack if they need it.
    const warmSoon = () =>
      void setTimeout(async () => {
        const loading = await browser.tabs.query({ status: 'loading' }).catch(() => undefined);
        if (loading?.length === 0) staticJsonLdTools.warm?.();
      }, 0);
    browser.runtime.onStartup.addListener(warmSoon);
    browser.runtime.onInstalled.addListener(warmSoon);
    // The backpack's re-checks: hourly wake-ups, each re-checking only the badges that are due.
    // Created once: a worker woken again must not push the next wake-up back.
    void browser.alarms.get(BACKPACK_ALARM).then(async (alarm) => {
      if (!alarm) await browser.alarms.create(BACKPACK_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
    });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === BACKPACK_ALARM) void background.onBackpackAlarm();
    });
  },
});
