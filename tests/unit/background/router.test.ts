import { describe, expect, it, vi } from 'vitest';
import { createBackground } from '../../../entrypoints/background/router';
import type { ToContentMessage } from '../../../lib/protocol/messages';
import { DEFAULT_SETTINGS, tabStateSchema, type Settings, type TabState } from '../../../lib/protocol/schemas';
import { MAX_CANDIDATES_PER_PAGE } from '../../../lib/detect/candidate';
import { generatedSiteHttp } from '../../support/generated-site';
import { testEnv } from '../../support/env';
import { fakeStorageArea, fakeToolbar, fakeVerifier, generatedSiteFetch, laidOut, result, storedTab } from './fakes';

const EXTENSION = 'chrome-extension://badgelens';
const page = { id: 'badgelens', url: 'https://cv.example.net/', tab: { id: 7 } };
const popup = { id: 'badgelens', url: `${EXTENSION}/popup.html` };
const link = (n: number) => ({ ref: `r${n}`, candidate: { kind: 'link' as const, url: `https://a.example.org/${n}.json` } });

function setup(
  options: {
    session?: Record<string, unknown>;
    local?: Record<string, unknown>;
    /** Stands in for the push's delivery to the tab (it settles when the page has heard it). */
    delivered?: () => Promise<void>;
  } = {},
) {
  const session = fakeStorageArea(options.session);
  const local = fakeStorageArea(options.local);
  const toolbar = fakeToolbar();
  const sent: Array<{ tabId: number; message: ToContentMessage }> = [];
  const fake = fakeVerifier(() => testEnv(generatedSiteHttp()));
  const background = createBackground({
    session,
    local,
    fetch: generatedSiteFetch(),
    toolbar,
    runtime: { id: 'badgelens', getURL: (path) => `${EXTENSION}${path}` },
    sendToTab: async (tabId, message) => {
      sent.push({ tabId, message });
      if (tabId === 13) throw new Error('Could not establish connection');
      await options.delivered?.();
    },
    makeVerifier: fake.make,
  });
  return { background, session, local, toolbar, sent, verifier: fake.verifier };
}

/** The n-th verification the fake verifier was asked for. */
function callAt(verifier: ReturnType<typeof setup>['verifier'], n: number) {
  const call = verifier.calls[n];
  if (!call) throw new Error(`no verification #${n}`);
  return call;
}

const storedTabOf = (session: ReturnType<typeof fakeStorageArea>, tabId: number) => tabStateSchema.parse(storedTab(session, tabId));

describe('background router: senders and validation', () => {
  it('answers only this extension, its pages and its content scripts in tabs', async () => {
    const { background } = setup();
    expect(await background.handle({ type: 'get-settings' }, { id: 'other-extension', url: `${EXTENSION}/popup.html` })).toEqual({
      ok: false,
      error: 'unknown sender',
    });
    expect(await background.handle({ type: 'get-settings' }, { url: `${EXTENSION}/popup.html` })).toEqual({
      ok: false,
      error: 'unknown sender',
    });
    expect(await background.handle({ type: 'recheck', ref: 'r1' }, { id: 'badgelens', url: 'https://cv.example.net/' })).toEqual({
      ok: false,
      error: 'unknown sender',
    });
    expect(await background.handle({ type: 'get-settings' }, popup)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('keeps UI requests and content requests apart by sender', async () => {
    const { background } = setup();
    const fromPage = await background.handle({ type: 'get-settings' }, page);
    expect(fromPage.ok).toBe(false);
    const fromPopup = await background.handle({ type: 'page-reset', pageUrl: 'https://cv.example.net/', navigationId: 'n1' }, popup);
    expect(fromPopup.ok).toBe(false);
  });

  it.each([
    ['an unknown type', { type: 'steal-cookies' }],
    ['a missing field', { type: 'get-tab' }],
    ['a wrong field type', { type: 'set-settings', settings: { ...DEFAULT_SETTINGS, autoScan: 'yes' } }],
    ['a non-object', 'get-tab'],
  ])('refuses %s with a plain description', async (_name, message) => {
    const { background } = setup();
    const reply = await background.handle(message, popup);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toMatch(/\S/);
  });

  it('turns a handler that throws into a refusal', async () => {
    const { background, verifier } = setup();
    verifier.clearFails = true;
    expect(await background.handle({ type: 'clear-cache' }, popup)).toEqual({ ok: false, error: 'storage is gone' });
  });
});

describe('background router: a page', () => {
  it('page-reset starts an empty tab, stores it and clears the toolbar', async () => {
    const { background, session, toolbar } = setup();
    expect(await background.handle({ type: 'page-reset', pageUrl: 'https://cv.example.net/', navigationId: 'n1' }, page)).toEqual({
      ok: true,
    });
    expect(storedTab(session, 7)).toEqual({ tabId: 7, pageUrl: 'https://cv.example.net/', navigationId: 'n1', items: [] });
    expect(toolbar.last('text', 7)).toBe('');
    expect(await background.handle({ type: 'get-tab', tabId: 7 }, popup)).toEqual({
      ok: true,
      tab: { tabId: 7, pageUrl: 'https://cv.example.net/', navigationId: 'n1', items: [] },
    });
  });

  it('page-candidates records pending items, verifies each and pushes the result to the tab', async () => {
    const { background, session, toolbar, sent, verifier } = setup();
    const reply = await background.handle(
      {
        type: 'page-candidates',
        pageUrl: 'https://cv.example.net/',
        navigationId: 'n1',
        found: [
          link(1),
          { ref: 'r2', candidate: { kind: 'svg-markup', markup: '<svg/>' } },
          { ref: 'r3', candidate: { kind: 'embedded', text: '{}' } },
        ],
      },
      page,
    );
    expect(reply.ok && 'tab' in reply && reply.tab?.items.map((i) => i.state)).toEqual(['pending', 'pending', 'pending']);
    expect(toolbar.last('text', 7)).toBe('…');
    expect(verifier.calls.map((c) => c.source)).toEqual([
      'https://a.example.org/1.json',
      'https://cv.example.net/ (inline SVG)',
      'https://cv.example.net/ (embedded credential)',
    ]);

    callAt(verifier, 0).finish([result('revoked')]);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(storedTabOf(session, 7).items[0]).toMatchObject({ ref: 'r1', state: 'done', results: [{ status: 'revoked' }] });
    expect(sent).toEqual([{ tabId: 7, message: { type: 'items', navigationId: 'n1', items: [storedTabOf(session, 7).items[0]] } }]);
    expect(toolbar.last('text', 7)).toBe('1');
    expect(toolbar.last('colour', 7)).toBe('#82071e');
    expect(toolbar.last('title', 7)).toBe('Badge Lens — 1 · word:revoked');
    callAt(verifier, 1).finish([]);
    callAt(verifier, 2).finish([]);
    await background.idle();
  });

  it('a large first batch starts two candidates and is written to storage once the first verdict starts the rest', async () => {
    const { background, session, verifier } = setup();
    const ten = Array.from({ length: 10 }, (_, i) => link(i + 1));
    const reply = await background.handle(
      { type: 'page-candidates', pageUrl: 'https://cv.example.net/', navigationId: 'n1', found: ten },
      page,
    );
    expect(reply.ok && 'tab' in reply ? reply.tab?.items.length : 0).toBe(10);
    expect(verifier.calls.map((c) => c.source)).toEqual(['https://a.example.org/1.json', 'https://a.example.org/2.json']);
    expect(storedTab(session, 7)?.items ?? []).toHaveLength(0);
    expect((await background.handle({ type: 'get-tab', tabId: 7 }, popup)).ok && true).toBe(true);
    callAt(verifier, 1).finish([result('verified')]);
    await vi.waitFor(() => expect(verifier.calls).toHaveLength(10));
    await vi.waitFor(() => expect(storedTabOf(session, 7).items.map((i) => i.ref)).toEqual(ten.map((f) => f.ref)));
    expect(storedTabOf(session, 7).items[1]).toMatchObject({ state: 'done', results: [{ status: 'verified' }] });
    for (const call of verifier.calls) call.finish([]);
    await background.idle();
  });

  it("the rest of a large first batch starts once the first verdict's push has reached the page, or 150 ms after at most", async () => {
    let deliver = () => {};
    const heard = new Promise<void>((resolve) => (deliver = resolve));
    const { background, sent, verifier } = setup({ delivered: () => heard });
    const ten = Array.from({ length: 10 }, (_, i) => link(i + 1));
    await background.handle({ type: 'page-candidates', pageUrl: 'https://cv.example.net/', navigationId: 'n1', found: ten }, page);
    callAt(verifier, 0).finish([result('verified')]);
    await vi.waitFor(() => expect(sent.filter((s) => s.message.type === 'items')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(verifier.calls).toHaveLength(2);
    deliver();
    await vi.waitFor(() => expect(verifier.calls).toHaveLength(10));
    for (const call of verifier.calls) call.finish([]);
    await background.idle();

    const never = setup({ delivered: () => new Promise<void>(() => undefined) });
    await never.background.handle({ type: 'page-candidates', pageUrl: 'https://cv.example.net/', navigationId: 'n1', found: ten }, page);
    const finished = Date.now();
    callAt(never.verifier, 0).finish([result('verified')]);
    await vi.waitFor(() => expect(never.verifier.calls).toHaveLength(10), { timeout: 2000 });
    expect(Date.now() - finished).toBeGreaterThanOrEqual(140);
  });

  it('adds only refs it has not seen, and no more than the page cap', async () => {
    const { background, verifier } = setup();
    await background.handle(
      { type: 'page-candidates', pageUrl: 'https://cv.example.net/', navigationId: 'n1', found: [link(1), link(2)] },
      page,
    );
    const many = Array.from({ length: MAX_CANDIDATES_PER_PAGE }, (_, i) => link(i + 1));
    const reply = await background.handle(
      { type: 'page-candidates', pageUrl: 'https://cv.example.net/', navigationId: 'n1', found: many },
      page,
    );
    expect(reply.ok && 'tab' in reply ? reply.tab?.items.length : 0).toBe(MAX_CANDIDATES_PER_PAGE);
    expect(verifier.calls).toHaveLength(MAX_CANDIDATES_PER_PAGE);
    expect(new Set(verifier.calls.map((c) => c.source)).size).toBe(MAX_CANDIDATES_PER_PAGE);
  });

  it('candidates for a new navigation replace the old page', async () => {
    const { background, session } = setup();
    await background.handle({ type: 'page-candidates', pageUrl: 'https://cv.example.net/', navigationId: 'n1', found: [link(1)] }, page);
    await background.handle(
      { type: 'page-candidates', pageUrl: 'https://cv.example.net/next', navigationId: 'n2', found: [link(2)] },
      page,
    );
    expect(storedTab(session, 7)).toMatchObject({ pageUrl: 'https://cv.example.net/next', navigationId: 'n2', items: [{ ref: 'r2' }] });
  });

  it('drops a result that arrives after the tab moved on to another navigation', async () => {
    const { background, session, sent, verifier } = setup();
    await background.handle({ type: 'page-candidates', pageUrl: 'https://cv.example.net/', navigationId: 'n1', found: [link(1)] }, page);
    await background.handle({ type: 'page-reset', pageUrl: 'https://cv.example.net/other', navigationId: 'n2' }, page);
    callAt(verifier, 0).finish([result('verified')]);
    await background.idle();
    expect(storedTab(session, 7)).toEqual({ tabId: 7, pageUrl: 'https://cv.example.net/other', navigationId: 'n2', items: [] });
    expect(sent).toEqual([]);
  });

  it('a tab that cannot be reached does not stop the result being recorded', async () => {
    const { background, session, verifier } = setup();
    await background.handle(
      { type: 'page-candidates', pageUrl: 'https://cv.example.net/', navigationId: 'n1', found: [link(1)] },
      { ...page, tab: { id: 13 } },
    );
    callAt(verifier, 0).finish([result('verified')]);
    await background.idle();
    expect(storedTabOf(session, 13).items[0]?.state).toBe('done');
  });

  it('forgets a closed tab', async () => {
    const { background, session } = setup();
    await background.handle({ type: 'page-reset', pageUrl: 'https://cv.example.net/', navigationId: 'n1' }, page);
    await background.onTabRemoved(7);
    expect(storedTab(session, 7)).toBeUndefined();
    expect([...session.data.keys()].filter((k) => k.startsWith('tab'))).toEqual([]);
    expect(await background.handle({ type: 'get-tab', tabId: 7 }, popup)).toEqual({ ok: true, tab: null });
  });
});

describe('background router: rechecks', () => {
  async function pageWithTwoDone() {
    const context = setup();
    await context.background.handle(
      { type: 'page-candidates', pageUrl: 'https://cv.example.net/', navigationId: 'n1', found: [link(1), link(2)] },
      page,
    );
    for (const call of context.verifier.calls) call.finish([result('expired')]);
    await context.background.idle();
    context.verifier.calls.length = 0;
    context.sent.length = 0;
    return context;
  }

  it('recheck from the content script sets one item pending, pushes it and verifies it again', async () => {
    const { background, verifier, sent, session } = await pageWithTwoDone();
    const reply = await background.handle({ type: 'recheck', ref: 'r2' }, page);
    expect(reply.ok && 'tab' in reply ? reply.tab?.items.map((i) => i.state) : []).toEqual(['done', 'pending']);
    expect(sent).toEqual([
      { tabId: 7, message: { type: 'items', navigationId: 'n1', items: [expect.objectContaining({ ref: 'r2', state: 'pending' })] } },
    ]);
    expect(verifier.calls.map((c) => c.source)).toEqual(['https://a.example.org/2.json']);
    callAt(verifier, 0).finish([result('verified')]);
    await background.idle();
    expect(storedTabOf(session, 7).items[1]).toMatchObject({ state: 'done', results: [{ status: 'verified' }] });
  });

  it('recheck with anchors from the overlay card looks up that one item’s anchor, fresh; a plain recheck does not', async () => {
    const { background, verifier, sent, session } = await pageWithTwoDone();
    const reply = await background.handle({ type: 'recheck', ref: 'r2', anchors: true }, page);
    expect(reply.ok && 'tab' in reply ? reply.tab?.items.map((i) => i.state) : []).toEqual(['done', 'pending']);
    expect(sent).toEqual([
      { tabId: 7, message: { type: 'items', navigationId: 'n1', items: [expect.objectContaining({ ref: 'r2', state: 'pending' })] } },
    ]);
    expect(verifier.calls.map(({ source, fresh, anchors }) => ({ source, fresh, anchors }))).toEqual([
      { source: 'https://a.example.org/2.json', fresh: true, anchors: true },
    ]);
    callAt(verifier, 0).finish([result('verified')]);
    await background.idle();
    expect(storedTabOf(session, 7).items[1]).toMatchObject({ state: 'done', results: [{ status: 'verified' }] });
    await background.handle({ type: 'recheck', ref: 'r1' }, page);
    expect(verifier.calls.map((c) => c.anchors)).toEqual([true, false]);
    callAt(verifier, 1).finish([]);
    await background.idle();
  });

  it('the content protocol refuses anchors other than true', async () => {
    const { background, verifier } = await pageWithTwoDone();
    const reply = await background.handle({ type: 'recheck', ref: 'r2', anchors: false } as never, page);
    expect(reply.ok).toBe(false);
    expect(verifier.calls).toHaveLength(0);
  });

  it('recheck-tab from the popup rechecks every item, or just one', async () => {
    const { background, verifier } = await pageWithTwoDone();
    await background.handle({ type: 'recheck-tab', tabId: 7 }, popup);
    expect(verifier.calls).toHaveLength(2);
    await background.handle({ type: 'recheck-tab', tabId: 7, ref: 'r1' }, popup);
    expect(verifier.calls).toHaveLength(2);
    for (const call of verifier.calls) call.finish([]);
    await background.idle();
    await background.handle({ type: 'recheck-tab', tabId: 7, ref: 'r1' }, popup);
    expect(verifier.calls).toHaveLength(3);
    callAt(verifier, 2).finish([]);
    await background.idle();
  });

  it('refuses to recheck a tab it knows nothing of', async () => {
    const { background } = setup();
    expect(await background.handle({ type: 'recheck-tab', tabId: 99 }, popup)).toEqual({
      ok: false,
      error: 'nothing was found on this tab',
    });
    expect(await background.handle({ type: 'recheck', ref: 'r1' }, page)).toEqual({ ok: false, error: 'nothing was found on this tab' });
  });

  it('a verification that fails leaves the item pending and the worker answering', async () => {
    const { background, verifier, session } = await pageWithTwoDone();
    await background.handle({ type: 'recheck', ref: 'r1' }, page);
    callAt(verifier, 0).fail(new Error('boom'));
    await background.idle();
    expect(storedTabOf(session, 7).items[0]?.state).toBe('pending');
    expect((await background.handle({ type: 'get-tab', tabId: 7 }, popup)).ok).toBe(true);
  });
});

describe('background router: restart', () => {
  it('resumes the items an earlier worker left pending, and only those', async () => {
    const pending: TabState = {
      tabId: 4,
      pageUrl: 'https://cv.example.net/',
      navigationId: 'n9',
      items: [
        { ...link(1), state: 'pending', results: [] },
        { ...link(2), state: 'done', results: [result('verified')] },
      ],
    };
    const { background, verifier, session, sent } = setup({ session: { ...laidOut(pending), 'cache:x': { value: 1, expiresAt: 0 } } });
    await background.resumed;
    expect(verifier.calls.map((c) => c.source)).toEqual(['https://a.example.org/1.json']);
    callAt(verifier, 0).finish([result('suspended')]);
    await background.idle();
    expect(storedTabOf(session, 4).items.map((i) => i.state)).toEqual(['done', 'done']);
    expect(sent[0]?.message.navigationId).toBe('n9');
  });
});

describe('background router: verify-input, settings, cache', () => {
  it('verifies what the user hands in, with the recipient given', async () => {
    const { background, verifier } = setup();
    const reply = await background.handle(
      { type: 'verify-input', input: { kind: 'text', text: '{"not":"a badge"}' }, recipient: 'ada@example.org' },
      popup,
    );
    expect(reply.ok && 'results' in reply ? reply.results.map((r) => r.status) : []).toEqual(['invalid']);
    expect(verifier.recipients).toEqual(['ada@example.org']);
  });

  it('settings round trip: saved to storage.local, handed to the verifier, and loaded by the next worker', async () => {
    const first = setup();
    const next: Settings = { autoScan: false, disabledSites: ['cv.example.net'], allowLocalNetwork: true, language: 'de' };
    expect(await first.background.handle({ type: 'set-settings', settings: next }, popup)).toEqual({ ok: true, settings: next });
    expect(first.local.data.get('settings')).toEqual(next);
    expect(first.verifier.settingsSeen()).toEqual([next]);
    expect(await first.background.handle({ type: 'get-settings' }, popup)).toEqual({ ok: true, settings: next });

    const restarted = setup({ local: { settings: next } });
    expect(await restarted.background.handle({ type: 'get-settings' }, popup)).toEqual({ ok: true, settings: next });
  });

  it('stored settings that no longer parse fall back to the defaults', async () => {
    const { background } = setup({ local: { settings: { autoScan: 'sometimes' } } });
    expect(await background.handle({ type: 'get-settings' }, popup)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('clear-cache empties the verifier cache', async () => {
    const { background, verifier } = setup();
    expect(await background.handle({ type: 'clear-cache' }, popup)).toEqual({ ok: true });
    expect(verifier.cleared).toBe(1);
  });
});

describe('background router: the real verifier by default', () => {
  it('verifies with fetch and storage.session when no verifier is passed', async () => {
    const session = fakeStorageArea();
    const fetch = generatedSiteFetch();
    const background = createBackground({
      session,
      local: fakeStorageArea(),
      fetch,
      toolbar: fakeToolbar(),
      runtime: { id: 'badgelens', getURL: (path) => `${EXTENSION}${path}` },
      sendToTab: async () => undefined,
    });
    await background.handle(
      {
        type: 'page-candidates',
        pageUrl: 'https://cv.example.net/',
        navigationId: 'n1',
        found: [{ ref: 'r1', candidate: { kind: 'link', url: 'https://nowhere.example.org/badge.json' } }],
      },
      page,
    );
    await background.idle();
    expect(fetch.urls).toContain('https://nowhere.example.org/badge.json');
    expect(storedTabOf(session, 7).items[0]).toMatchObject({
      state: 'done',
      results: [{ status: expect.stringMatching(/unverifiable|invalid/) }],
    });
  });
});
