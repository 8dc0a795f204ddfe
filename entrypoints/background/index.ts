import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { MAX_CANDIDATES_PER_PAGE } from '../../lib/detect/candidate';
import { contentMessageSchema, uiMessageSchema, type ContentMessage, type Reply, type ToContentMessage, type UiMessage } from '../../lib/protocol/messages';
import { DEFAULT_SETTINGS, type Settings, type TabItem, type TabState } from '../../lib/protocol/schemas';
import { describeZodError } from '../../lib/util/zod-problem';
import { loadSettings, saveSettings } from './settings';
import { createTabStore } from './tab-store';
import { paintToolbar } from './toolbar';
import { createVerifier } from './verifier';
import { verifyUserInput } from './verify-input';

/**
 * A module worker, so the JSON-LD stack stays out of it, in a chunk of its own: Chrome runs that chunk
 * in the offscreen document, Firefox's background page imports it when a proof first needs it.
 */
export default defineBackground({
  type: 'module',
  main() {
    let settings: Settings = DEFAULT_SETTINGS;
    const ready = loadSettings().then((s) => (settings = s));
    const store = createTabStore();
    const verifier = createVerifier(() => settings);
    const inFlight = new Set<string>();

    async function push(state: TabState, items: TabItem[]): Promise<void> {
      await paintToolbar(state);
      const message: ToContentMessage = { type: 'items', navigationId: state.navigationId, items };
      await browser.tabs.sendMessage(state.tabId, message).catch(() => undefined);
    }

    /** Verifies one item and records it, unless the tab has moved on to another page meanwhile. */
    async function run(tabId: number, navigationId: string, item: TabItem, pageUrl: string): Promise<void> {
      const key = `${tabId}:${navigationId}:${item.ref}`;
      if (inFlight.has(key)) return;
      inFlight.add(key);
      try {
        const source = 'url' in item.candidate ? item.candidate.url : `${pageUrl} (${item.candidate.kind === 'svg-markup' ? 'inline SVG' : 'embedded credential'})`;
        const results = await verifier.verifyItem(item, source);
        const state = await store.updateItem(tabId, navigationId, item.ref, { state: 'done', results });
        const updated = state?.items.find((i) => i.ref === item.ref);
        if (state && updated) await push(state, [updated]);
      } finally {
        inFlight.delete(key);
      }
    }

    async function onContent(message: ContentMessage, tab: Browser.tabs.Tab): Promise<Reply> {
      const tabId = tab.id!;
      switch (message.type) {
        case 'page-reset': {
          const state = await store.reset(tabId, message.pageUrl, message.navigationId);
          await paintToolbar(state);
          return { ok: true };
        }
        case 'page-candidates': {
          let state = await store.get(tabId);
          if (!state || state.navigationId !== message.navigationId) state = await store.reset(tabId, message.pageUrl, message.navigationId);
          const known = new Set(state.items.map((i) => i.ref));
          const fresh: TabItem[] = message.found
            .filter((f) => !known.has(f.ref))
            .slice(0, Math.max(0, MAX_CANDIDATES_PER_PAGE - state.items.length))
            .map((f) => ({ ref: f.ref, candidate: f.candidate, state: 'pending', results: [] }));
          state.items.push(...fresh);
          await store.save(state);
          await paintToolbar(state);
          for (const item of fresh) void run(tabId, state.navigationId, item, state.pageUrl);
          return { ok: true, tab: state };
        }
        case 'recheck':
          return recheck(tabId, message.ref);
      }
    }

    async function recheck(tabId: number, ref?: string): Promise<Reply> {
      const state = await store.get(tabId);
      if (!state) return { ok: false, error: 'nothing was found on this tab' };
      const items = state.items.filter((i) => ref === undefined || i.ref === ref);
      for (const item of items) item.state = 'pending';
      await store.save(state);
      await push(state, items);
      for (const item of items) void run(tabId, state.navigationId, item, state.pageUrl);
      return { ok: true, tab: state };
    }

    async function onUi(message: UiMessage): Promise<Reply> {
      switch (message.type) {
        case 'get-tab':
          return { ok: true, tab: (await store.get(message.tabId)) ?? null };
        case 'recheck-tab':
          return recheck(message.tabId, message.ref);
        case 'verify-input':
          return { ok: true, results: await verifyUserInput(message.input, verifier.env(message.recipient)) };
        case 'get-settings':
          return { ok: true, settings };
        case 'set-settings':
          settings = message.settings;
          await saveSettings(settings);
          verifier.settingsChanged();
          return { ok: true, settings };
        case 'clear-cache':
          await verifier.clearCache();
          return { ok: true };
      }
    }

    /** Only this extension's own pages and content scripts are listened to; every message is validated. */
    async function route(message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> {
      await ready;
      if (sender.id !== browser.runtime.id) return { ok: false, error: 'unknown sender' };
      const extensionPage = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
      if (extensionPage) {
        const parsed = uiMessageSchema.safeParse(message);
        return parsed.success ? onUi(parsed.data) : { ok: false, error: describeZodError(parsed.error).detail };
      }
      if (sender.tab?.id === undefined) return { ok: false, error: 'unknown sender' };
      const parsed = contentMessageSchema.safeParse(message);
      return parsed.success ? onContent(parsed.data, sender.tab) : { ok: false, error: describeZodError(parsed.error).detail };
    }

    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      route(message, sender).then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) } satisfies Reply));
      return true;
    });

    browser.tabs.onRemoved.addListener((tabId) => void store.remove(tabId));

    // A worker restarted mid-page resumes what was pending.
    void ready.then(async () => {
      for (const state of await store.all()) {
        for (const item of state.items.filter((i) => i.state === 'pending')) void run(state.tabId, state.navigationId, item, state.pageUrl);
      }
    });
  },
});
