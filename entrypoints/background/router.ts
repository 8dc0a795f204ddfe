import { MAX_CANDIDATES_PER_PAGE, mayNeedJsonLd } from '../../lib/detect/candidate';
import {
  contentMessageSchema,
  pageCandidatesSalvageSchema,
  uiMessageSchema,
  type ContentProtocol,
  type Failure,
  type Handlers,
  type Reply,
  pageViewQuery,
  type ToContentMessage,
  type UiProtocol,
} from '../../lib/protocol/messages';
import { capResult } from '../../lib/protocol/cap';
import { capText, LIMITS } from '../../lib/protocol/limits';
import { DEFAULT_SETTINGS, type Settings, type TabItem, type TabState } from '../../lib/protocol/schemas';
import { describeZodError } from '../../lib/util/zod-problem';
import { verifyBytes } from '../../lib/verify/pipeline';
import { createBackpack } from './backpack';
import { backpackContentHandlers, backpackUiHandlers } from './backpack-handlers';
import { moveLegacyBackpack } from './backpack-legacy';
import { indexedDbBackpackStorage } from './backpack-storage';
import type { BackgroundPorts, MessageSender } from './ports';
import { loadSettings, saveSettings } from './settings';
import { createTabStore } from './tab-store';
import { createPushQueue } from './push-queue';
import { paintToolbar } from './toolbar';
import { createStartRamp, startOrder } from './start-order';
import { createToolbarQueue } from './toolbar-queue';
import { uncheckedResult } from './unchecked-result';
import { createVerifier, type Verifier, type VerifyItemOptions } from './verifier';
import { verifyUserInput } from './verify-input';

export interface BackgroundDeps extends BackgroundPorts {
  /** Defaults to the real verifier over `fetch`, `storage.session` and `canonize`; tests pass a fake. */
  makeVerifier?: (settings: () => Settings) => Verifier;
}

export interface Background {
  /** Answers one runtime message; never rejects (a failure is a `{ ok: false, error }` reply). */
  handle(message: unknown, sender: MessageSender): Promise<Reply>;
  onTabRemoved(tabId: number): Promise<void>;
  /** Settles once the items left pending by an earlier worker have been started again. */
  resumed: Promise<void>;
  /** Settles once every verification started so far has been recorded. */
  idle(): Promise<void>;
  /** The backpack's alarm: re-checks the badges that are due. */
  onBackpackAlarm(): Promise<void>;
}

/** The least time between two pushes to one tab (the first goes at once). */
export const PUSH_GAP_MS = 250;

const refuse = (error: string): Failure => ({ ok: false, error });

/** The sources shown for candidates without a URL of their own. */
function sourceOf(item: TabItem, pageUrl: string): string {
  if (item.unchecked === 'unreadable') return `${pageUrl} (unreadable candidate)`;
  if ('url' in item.candidate) return item.candidate.url;
  return `${pageUrl} (${item.candidate.kind === 'svg-markup' ? 'inline SVG' : 'embedded credential'})`;
}

/** A candidate marked unchecked gets its plain result; the others are verified. Either way within the message limits. */
async function resultsFor(verifier: Verifier, item: TabItem, source: string, options: VerifyItemOptions): Promise<TabItem['results']> {
  if (item.unchecked) return [uncheckedResult(item.unchecked, source, Date.now())];
  return (await verifier.verifyItem(item, source, options)).map(capResult);
}

/** The message router, tab store, toolbar and verifier of the background worker, over the ports given. */
export function createBackground(deps: BackgroundDeps): Background {
  let settings: Settings = DEFAULT_SETTINGS;
  const ready = loadSettings(deps.local).then((s) => (settings = s));
  const store = createTabStore(deps.session);
  const verifier = (deps.makeVerifier ?? ((current) => createVerifier(current, deps)))(() => settings);
  const inFlight = new Map<string, Promise<void>>();
  const clock = deps.clock ?? { now: () => Date.now() };
  const backpack = createBackpack({
    storage: indexedDbBackpackStorage(deps.indexedDB, {
      onOpen: (storage) => moveLegacyBackpack(deps.local, storage).then(() => undefined),
    }),
    now: () => clock.now(),
    verifyBytes: (bytes, name) => verifyBytes(bytes, name, verifier.env()),
    http: () => verifier.env().http,
    attention: deps.attention,
  });
  const tabOf = async (tabId: number) => (await store.get(tabId)) ?? undefined;

  const toolbar = createToolbarQueue(store.peek, (state) => paintToolbar(deps.toolbar, state));
  /** The page hears first; the toolbar follows, painted as often as it keeps up. */
  async function push(state: TabState, items: TabItem[]): Promise<void> {
    const message: ToContentMessage = { type: 'items', navigationId: state.navigationId, items };
    await deps.sendToTab(state.tabId, message).catch(() => undefined);
    void toolbar.paint(state.tabId);
  }
  const pushes = createPushQueue(push, PUSH_GAP_MS);
  const ramp = createStartRamp();

  /** Verifies one item and records it, unless the tab has moved on to another page meanwhile; `fresh` skips the recent results. */
  function run(tabId: number, navigationId: string, item: TabItem, pageUrl: string, options: VerifyItemOptions = {}): void {
    const key = `${tabId}:${navigationId}:${item.ref}`;
    if (inFlight.has(key)) return;
    const job = (async () => {
      const results = await resultsFor(verifier, item, sourceOf(item, pageUrl), options);
      const changed = await store.changeItem(tabId, navigationId, item.ref, { state: 'done', results });
      const pushed = changed ? pushes.add(changed.state, changed.item) : undefined;
      // What the ramp holds back starts once the page has this verdict: started first, its hundreds of
      // requests would queue ahead of the push in the browser (a first chip ~100 ms later).
      void firstOf(pushed, PUSH_BEFORE_RELEASE_MS).then(() => ramp.verdict(tabId, navigationId));
    })();
    inFlight.set(key, job);
    void job.finally(() => inFlight.delete(key)).catch(() => undefined);
  }

  async function recheck(tabId: number, ref?: string, anchors?: true): Promise<{ ok: true; tab: TabState } | Failure> {
    const state = await store.get(tabId);
    if (!state) return refuse('nothing was found on this tab');
    const items = state.items.filter((i) => ref === undefined || i.ref === ref);
    for (const item of items) item.state = 'pending';
    await store.save(
      state,
      items.map((i) => i.ref),
    );
    await push(state, items);
    for (const item of items) run(tabId, state.navigationId, item, state.pageUrl, { fresh: true, ...(anchors ? { anchors } : {}) });
    return { ok: true, tab: state };
  }

  const image = async ({ url }: { url: string }) => {
    const outcome = await verifier.image(url);
    return outcome.ok ? { ok: true as const, dataUrl: outcome.dataUrl } : refuse(outcome.error);
  };

  async function resetTab(tabId: number, pageUrl: string, navigationId: string): Promise<TabState> {
    const state = await store.reset(tabId, capText(pageUrl, LIMITS.url), navigationId);
    await toolbar.paint(tabId);
    return state;
  }

  /**
   * The tab's state, when it is of the page view the tab shows now (its content script tells which):
   * a page view that found nothing told the background nothing, so an earlier page's state gives way
   * to an empty one for it; null when no content script answers (a page it does not run on, or not yet).
   */
  async function currentTab(tabId: number): Promise<TabState | null> {
    if (!deps.askPageView) return (await store.get(tabId)) ?? null;
    const answer = await deps.askPageView(tabId).then(
      (reply) => pageViewQuery.reply.safeParse(reply),
      () => undefined,
    );
    if (!answer?.success) return null;
    const { navigationId, pageUrl } = answer.data;
    const state = await store.get(tabId);
    return state?.navigationId === navigationId ? state : resetTab(tabId, pageUrl, navigationId);
  }

  const onContent: Handlers<ContentProtocol, number> = {
    async 'page-reset'(message, tabId) {
      await resetTab(tabId, message.pageUrl, message.navigationId);
      return { ok: true };
    },
    async 'page-person'(message, tabId) {
      const state = await store.get(tabId);
      if (state?.navigationId !== message.navigationId) return { ok: true };
      state.personName = capText(message.personName, LIMITS.personName);
      await store.save(state);
      return { ok: true };
    },
    async 'page-candidates'(message, tabId) {
      let state = await store.get(tabId);
      if (!state || state.navigationId !== message.navigationId)
        state = await store.reset(tabId, capText(message.pageUrl, LIMITS.url), message.navigationId);
      const known = new Set(state.items.map((i) => i.ref));
      const unknown = message.found.filter((f) => f.ref !== '' && !known.has(f.ref));
      const fresh: TabItem[] = unknown.slice(0, Math.max(0, MAX_CANDIDATES_PER_PAGE - state.items.length)).map((f) => ({
        ref: f.ref,
        candidate: f.candidate,
        state: 'pending',
        results: [],
        ...(f.unchecked ? { unchecked: f.unchecked } : {}),
      }));
      state.items.push(...fresh);
      // Entries without a handle and those over the limit join what the content script did not send.
      const dropped = message.found.filter((f) => f.ref === '').length + unknown.length - fresh.length;
      const notChecked = Math.max(state.notChecked ?? 0, message.notChecked ?? 0) + dropped;
      if (notChecked > 0) state.notChecked = notChecked;
      if (message.personName) state.personName = capText(message.personName, LIMITS.personName);
      const { navigationId, pageUrl } = state;
      const held = ramp.start(tabId, navigationId, startOrder(fresh), (item) => run(tabId, navigationId, item, pageUrl));
      // Verification starts before the write: under load storage answers a few hundred ms late, and a
      // first batch's write (every item) would queue ahead of its first candidates' cache reads, so
      // while the ramp holds candidates back, their write waits too (the answer does not).
      const save = () =>
        store.peek(tabId)?.navigationId === navigationId
          ? store.save(
              state,
              fresh.map((i) => i.ref),
            )
          : undefined;
      const written = held ? undefined : save();
      if (held) void held.then(save);
      // Warmed once the first candidates' requests are out: its synchronous part would hold them back.
      const warmed = message.found.some((f) => mayNeedJsonLd(f.candidate)) ? afterThisTask(() => deps.jsonld?.warm?.()) : undefined;
      await Promise.all([toolbar.paint(tabId), written, warmed]);
      return { ok: true, tab: state };
    },
    recheck: (message, tabId) => recheck(tabId, message.ref, message.anchors),
    'get-image': image,
    ...backpackContentHandlers(backpack, tabOf),
    async retire(message, tabId) {
      const state = await store.get(tabId);
      if (!state) return refuse('nothing was found on this tab');
      if (state.navigationId !== message.navigationId) return { ok: true, tab: state };
      const retired = new Set(message.refs);
      state.items = state.items.filter((item) => !retired.has(item.ref));
      await store.save(state, []);
      await toolbar.paint(tabId);
      return { ok: true, tab: state };
    },
  };

  const onUi: Handlers<UiProtocol> = {
    'get-tab': async (message) => ({ ok: true, tab: await currentTab(message.tabId) }),
    'recheck-tab': (message) => recheck(message.tabId, message.ref, message.anchors),
    'verify-input': async (message) => ({
      ok: true,
      results: (await verifyUserInput(message.input, verifier.env(message.recipient))).map(capResult),
    }),
    'get-settings': async () => ({ ok: true, settings }),
    async 'set-settings'(message) {
      settings = message.settings;
      await saveSettings(deps.local, settings);
      verifier.settingsChanged();
      return { ok: true, settings };
    },
    async 'clear-cache'() {
      await verifier.clearCache();
      return { ok: true };
    },
    'get-image': image,
    ...backpackUiHandlers(backpack, tabOf),
  };

  /** Only this extension's own pages and content scripts are listened to; every message is validated. */
  async function route(message: unknown, sender: MessageSender): Promise<Reply> {
    await ready;
    if (sender.id !== deps.runtime.id) return refuse('unknown sender');
    const extensionPage = sender.url?.startsWith(deps.runtime.getURL('/')) ?? false;
    if (extensionPage) {
      const parsed = uiMessageSchema.safeParse(message);
      return parsed.success ? dispatch(onUi, parsed.data, undefined) : refuse(describeZodError(parsed.error).detail);
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) return refuse('unknown sender');
    const parsed = contentMessageSchema.safeParse(message);
    if (parsed.success) return dispatch(onContent, parsed.data, tabId);
    const batch = pageCandidatesSalvageSchema.safeParse(message);
    return batch.success ? onContent['page-candidates'](batch.data, tabId) : refuse(describeZodError(parsed.error).detail);
  }

  // A worker restarted mid-page resumes what was pending.
  const resumed = ready.then(async () => {
    for (const state of await store.all()) {
      for (const item of state.items.filter((i) => i.state === 'pending')) run(state.tabId, state.navigationId, item, state.pageUrl);
    }
  });

  return {
    handle: (message, sender) => route(message, sender).catch((e: unknown) => refuse(e instanceof Error ? e.message : String(e))),
    onTabRemoved: (tabId) => {
      ramp.forget(tabId);
      return store.remove(tabId);
    },
    resumed,
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight.values()]);
      await pushes.idle();
      await toolbar.idle();
      await store.flushed();
    },
    onBackpackAlarm: () => ready.then(() => backpack.recheck('due')).then(() => undefined),
  };
}

/** The longest the candidates a page's first verdict releases wait for that verdict's push. */
const PUSH_BEFORE_RELEASE_MS = 150;

/** Settles when `promise` does (either way), or after `ms`, whichever comes first; at once without a promise. */
function firstOf(promise: Promise<unknown> | undefined, ms: number): Promise<void> {
  if (!promise) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void promise
      .catch(() => undefined)
      .then(() => {
        clearTimeout(timer);
        resolve();
      });
  });
}

/** Runs `task` in a task of its own, after the microtasks queued so far (a request's dispatch among them). */
function afterThisTask(task: () => void): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0)).then(task);
}

/** Calls the handler of the message's type; the handler maps guarantee each is typed for its message. */
function dispatch<M extends { type: string }, Context>(handlers: Record<M['type'], unknown>, message: M, context: Context): Promise<Reply> {
  const handler = handlers[message.type as M['type']] as (message: M, context: Context) => Promise<Reply>;
  return handler(message, context);
}
