import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { createOverlay } from '../../components/overlay';
import { pendingItemsOf } from './pending-items';
import type { ContentMessage, Reply } from '../../lib/protocol/messages';
import { DEFAULT_SETTINGS, settingsSchema, type TabItem } from '../../lib/protocol/schemas';
import { setPagePerson } from '../../components/page-person';
import { pagePersonName } from '../../lib/detect/person-name';
import { pageCandidatesMessage, pageResetMessage, readToContentMessage } from './outgoing';
import { startScanner } from './page-scanner';

/** Finds candidates and draws verdicts; fetching and verifying happen in the background worker. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const { settings: stored } = await browser.storage.local.get('settings');
    const settings = settingsSchema.safeParse(stored).data ?? DEFAULT_SETTINGS;
    if (!settings.autoScan || settings.disabledSites.includes(location.hostname)) return;

    const items = new Map<string, TabItem>();
    const send = (message: ContentMessage) => browser.runtime.sendMessage(message).catch(() => undefined) as Promise<Reply | undefined>;
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());

    const overlay = createOverlay({
      anchorFor: (ref: string) => scanner.anchorFor(ref),
      onRecheck: (ref: string) => void send({ type: 'recheck', ref }),
    });
    controller.signal.addEventListener('abort', () => overlay.destroy());
    const scanner = startScanner(
      {
        onReset(pageUrl, navigationId) {
          items.clear();
          overlay.update([]);
          void send(pageResetMessage(pageUrl, navigationId));
        },
        onFound(pageUrl, navigationId, found, notChecked) {
          const person = pagePersonName(document);
          setPagePerson(person);
          void send(pageCandidatesMessage(pageUrl, navigationId, found, notChecked, person)).then((reply) => {
            for (const item of pendingItemsOf(reply, scanner.navigationId())) if (!items.has(item.ref)) items.set(item.ref, item);
            overlay.update([...items.values()]);
          });
        },
        onRetired(_pageUrl, navigationId, refs) {
          for (const ref of refs) items.delete(ref);
          overlay.update([...items.values()]);
          void send({ type: 'retire', navigationId, refs });
        },
        onAnchorsMoved() {
          overlay.update([...items.values()]);
        },
      },
      controller.signal,
    );

    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return;
      const parsed = readToContentMessage(message);
      if (!parsed || parsed.navigationId !== scanner.navigationId()) return;
      for (const item of parsed.items) if (scanner.isLive(item.ref)) items.set(item.ref, item);
      overlay.update([...items.values()]);
    };
    browser.runtime.onMessage.addListener(onMessage);
    controller.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
  },
});
