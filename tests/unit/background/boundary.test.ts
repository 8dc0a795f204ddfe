import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createBackground } from '../../../entrypoints/background/router';
import { MAX_CANDIDATES_PER_PAGE } from '../../../lib/detect/candidate';
import { contentMessageSchema, uiProtocol, type ToContentMessage } from '../../../lib/protocol/messages';
import { LIMITS, TRUNCATION_MARKER } from '../../../lib/protocol/limits';
import { tabStateSchema, type TabState } from '../../../lib/protocol/schemas';
import type { VerificationResult } from '../../../lib/result/types';
import { GENERATED, generatedSiteHttp } from '../../support/generated-site';
import { testEnv } from '../../support/env';
import { fakeStorageArea, fakeToolbar, fakeVerifier, generatedSiteFetch, result, storedTab } from './fakes';

const EXTENSION = 'chrome-extension://badgelens';
const page = { id: 'badgelens', url: 'https://cv.example.net/', tab: { id: 7 } };
const popup = { id: 'badgelens', url: `${EXTENSION}/popup.html` };
const link = (n: number) => ({ ref: `r${n}`, candidate: { kind: 'link' as const, url: `https://a.example.org/${n}.json` } });
const batch = (found: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'page-candidates',
  pageUrl: 'https://cv.example.net/',
  navigationId: 'n1',
  found,
  ...extra,
});
const BIG_INLINE = {
  ref: 'r9',
  candidate: { kind: 'embedded', text: `{"type":["VerifiableCredential","OpenBadgeCredential"],"pad":"${'x'.repeat(1_500_000)}"}` },
};

function setup() {
  const session = fakeStorageArea();
  const toolbar = fakeToolbar();
  const sent: Array<{ tabId: number; message: ToContentMessage }> = [];
  const fake = fakeVerifier(() => testEnv(generatedSiteHttp()));
  const background = createBackground({
    session,
    local: fakeStorageArea(),
    fetch: generatedSiteFetch(),
    toolbar,
    runtime: { id: 'badgelens', getURL: (path) => `${EXTENSION}${path}` },
    sendToTab: async (tabId, message) => {
      sent.push({ tabId, message });
    },
    makeVerifier: fake.make,
  });
  return { background, session, toolbar, sent, verifier: fake.verifier };
}

/** The popup's view of the tab, validated as the popup validates it. */
async function popupTab(background: ReturnType<typeof setup>['background']): Promise<TabState> {
  const reply = uiProtocol['get-tab'].reply.parse(await background.handle({ type: 'get-tab', tabId: 7 }, popup));
  if (!reply.tab) throw new Error('no tab');
  return reply.tab;
}

/** Finishes every verification asked for so far with a verified result, and waits until all are recorded. */
async function finishAll(
  context: ReturnType<typeof setup>,
  results: (source: string) => VerificationResult[] = (source) => [result('verified', source)],
) {
  for (const call of context.verifier.calls) call.finish(results(call.source));
  await context.background.idle();
}

describe('background boundary: one bad candidate never sinks its batch', () => {
  it('a 1.5 MB inline credential becomes an unverifiable "too large" item; the others are verified', async () => {
    const context = setup();
    expect(contentMessageSchema.safeParse(batch([link(1), BIG_INLINE, link(2)])).success).toBe(false);
    const reply = await context.background.handle(batch([link(1), BIG_INLINE, link(2)]), page);
    expect(reply.ok).toBe(true);
    expect(context.verifier.calls.map((c) => c.source)).toEqual(['https://a.example.org/1.json', 'https://a.example.org/2.json']);
    await finishAll(context);

    const tab = await popupTab(context.background);
    expect(tab.items.map((i) => [i.ref, i.state, i.results.map((r) => r.status)])).toEqual([
      ['r1', 'done', ['verified']],
      ['r9', 'done', ['unverifiable']],
      ['r2', 'done', ['verified']],
    ]);
    const big = tab.items[1];
    expect(big?.unchecked).toBe('too-large');
    expect(big?.results[0]?.checks).toEqual([{ id: 'extract', outcome: 'error', code: 'candidate.too-large' }]);
    expect(big?.results[0]?.source).toBe('https://cv.example.net/ (embedded credential)');
    expect(big?.candidate.kind === 'embedded' && big.candidate.text.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(context.toolbar.last('text', 7)).toBe('3');
  });

  it('a candidate the content script already cut is shown as too large, never verified, not even on a recheck', async () => {
    const context = setup();
    const cut = { ref: 'r1', candidate: { kind: 'embedded', text: `{"x":1}${TRUNCATION_MARKER}` }, unchecked: 'too-large' };
    await context.background.handle(batch([cut]), page);
    await context.background.idle();
    expect(context.verifier.calls).toHaveLength(0);
    expect((await popupTab(context.background)).items[0]?.results[0]?.checks[0]?.code).toBe('candidate.too-large');
    await context.background.handle({ type: 'recheck', ref: 'r1' }, page);
    await context.background.idle();
    expect(context.verifier.calls).toHaveLength(0);
    expect((await popupTab(context.background)).items[0]).toMatchObject({ state: 'done', results: [{ status: 'unverifiable' }] });
  });

  it.each([
    ['an unknown kind', { ref: 'r5', candidate: { kind: 'script', code: 'alert(1)' } }],
    ['an unknown platform', { ref: 'r5', candidate: { kind: 'platform', platform: 'evil', url: 'https://x/', id: 'y' } }],
    ['a field of the wrong type', { ref: 'r5', candidate: { kind: 'link', url: 42 } }],
    ['no candidate at all', { ref: 'r5' }],
  ])('a candidate with %s becomes an unverifiable "unreadable" item; the others are verified', async (_name, broken) => {
    const context = setup();
    const reply = await context.background.handle(batch([link(1), broken, link(2)]), page);
    expect(reply.ok).toBe(true);
    expect(context.verifier.calls).toHaveLength(2);
    await finishAll(context);
    const tab = await popupTab(context.background);
    expect(tab.items.map((i) => [i.ref, i.results.map((r) => r.status)])).toEqual([
      ['r1', ['verified']],
      ['r5', ['unverifiable']],
      ['r2', ['verified']],
    ]);
    expect(tab.items[1]).toMatchObject({
      unchecked: 'unreadable',
      results: [{ source: 'https://cv.example.net/ (unreadable candidate)', checks: [{ code: 'candidate.unreadable' }] }],
    });
  });

  it('a cut candidate in a batch refused for another reason keeps its mark and is not verified', async () => {
    const context = setup();
    const cut = { ref: 'r'.repeat(80), candidate: { kind: 'embedded', text: `{"x":1}${TRUNCATION_MARKER}` }, unchecked: 'too-large' };
    await context.background.handle(batch([link(1), cut]), page);
    await finishAll(context);
    const tab = await popupTab(context.background);
    expect(context.verifier.calls).toHaveLength(1);
    expect(tab.items[1]).toMatchObject({ unchecked: 'too-large', results: [{ status: 'unverifiable' }] });
    expect(tab.items[1]?.ref).toHaveLength(LIMITS.ref);
  });

  it('an entry without a handle is left out and counted as not checked', async () => {
    const context = setup();
    await context.background.handle(
      batch([link(1), { candidate: { kind: 'link', url: 'https://a.example.org/x.json' } }, 'nonsense']),
      page,
    );
    await finishAll(context);
    const tab = await popupTab(context.background);
    expect(tab.items.map((i) => i.ref)).toEqual(['r1']);
    expect(tab.notChecked).toBe(2);
  });

  it('a batch over the page limit keeps what fits and counts the rest as not checked', async () => {
    const context = setup();
    const many = Array.from({ length: MAX_CANDIDATES_PER_PAGE + 25 }, (_, i) => link(i + 1));
    const reply = await context.background.handle(batch(many, { notChecked: 4 }), page);
    expect(reply.ok).toBe(true);
    // The first two start alone; the first verdict starts the rest (start-order.ts).
    expect(context.verifier.calls).toHaveLength(2);
    context.verifier.calls[0]!.finish([]);
    await vi.waitFor(() => expect(context.verifier.calls).toHaveLength(MAX_CANDIDATES_PER_PAGE));
    await finishAll(context, () => []);
    const tab = await popupTab(context.background);
    expect(tab.items).toHaveLength(MAX_CANDIDATES_PER_PAGE);
    expect(tab.notChecked).toBe(4 + 25);
  });

  it('a refused batch that is not a batch at all is still refused', async () => {
    const { background } = setup();
    const reply = await background.handle(
      { type: 'page-candidates', pageUrl: 'https://cv.example.net/', navigationId: 'n1', found: 'all of them' },
      page,
    );
    expect(reply.ok).toBe(false);
  });
});

describe('background boundary: what the content script reports as not checked', () => {
  it('is kept in the tab state as the running count, and the toolbar counts only checked credentials', async () => {
    const context = setup();
    await context.background.handle(batch([link(1)], { notChecked: 0 }), page);
    expect((await popupTab(context.background)).notChecked).toBeUndefined();
    await context.background.handle(batch([link(2)], { notChecked: 300 }), page);
    await context.background.handle(batch([], { notChecked: 120 }), page);
    await finishAll(context);
    const tab = await popupTab(context.background);
    expect(tab.notChecked).toBe(300);
    expect(context.toolbar.last('text', 7)).toBe('2');
  });

  it('is forgotten with the page', async () => {
    const context = setup();
    await context.background.handle(batch([link(1)], { notChecked: 3 }), page);
    await context.background.handle({ type: 'page-reset', pageUrl: 'https://cv.example.net/next', navigationId: 'n2' }, page);
    expect((await popupTab(context.background)).notChecked).toBeUndefined();
  });
});

describe('background boundary: everything stored or sent fits its schema', () => {
  it('a 9,000-character page URL in a page reset is cut, so the popup still gets the tab', async () => {
    const context = setup();
    const pageUrl = `https://cv.example.net/?q=${'a'.repeat(9000)}`;
    await context.background.handle({ type: 'page-reset', pageUrl, navigationId: 'n1' }, page);
    const tab = await popupTab(context.background);
    expect(tab.pageUrl).toHaveLength(LIMITS.url);
    expect(tab.pageUrl.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(tabStateSchema.safeParse(storedTab(context.session, 7)).success).toBe(true);
  });

  it('a 9,000-character page URL with the first candidates is cut too', async () => {
    const context = setup();
    const pageUrl = `https://cv.example.net/?q=${'a'.repeat(9000)}`;
    await context.background.handle({ type: 'page-candidates', pageUrl, navigationId: 'n2', found: [link(1)] }, page);
    await finishAll(context);
    const tab = await popupTab(context.background);
    expect(tab.pageUrl).toHaveLength(LIMITS.url);
    expect(tab.pageUrl.startsWith('https://cv.example.net/?q=aaa')).toBe(true);
    expect(tab.pageUrl.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(tab.items.map((i) => i.results.length)).toEqual([1]);
    expect(tabStateSchema.safeParse(storedTab(context.session, 7)).success).toBe(true);
  });

  it('a check detail of 25,000 characters is cut before the result is stored, pushed or answered', async () => {
    const context = setup();
    await context.background.handle(batch([link(1)]), page);
    const long = result('unverifiable');
    long.checks = [
      { id: 'proof', outcome: 'error', code: 'proof.alg-unsupported', detail: `JWS algorithm ${'A'.repeat(25_000)} is not supported` },
    ];
    await finishAll(context, () => [long]);

    const detail = (await popupTab(context.background)).items[0]?.results[0]?.checks[0]?.detail ?? '';
    expect(detail).toHaveLength(LIMITS.text);
    expect(detail.startsWith('JWS algorithm AAA')).toBe(true);
    expect(detail.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(tabStateSchema.safeParse(storedTab(context.session, 7)).success).toBe(true);
    const pushed = context.sent.at(-1)?.message.items[0]?.results[0]?.checks[0]?.detail;
    expect(pushed).toBe(detail);
  });

  it('results of the popup\'s "verify a file, text or link" are cut too: a VC-JWT whose alg is 25,000 characters', async () => {
    const context = setup();
    const [header, payload, signature] = readFileSync(`${GENERATED}/badges/ob3-jwt-rs256-did-web.jwt`, 'utf8').trim().split('.');
    const longAlg = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(header ?? '', 'base64url').toString()), alg: 'A'.repeat(25_000) }),
    ).toString('base64url');
    const reply = await context.background.handle(
      { type: 'verify-input', input: { kind: 'text', text: `${longAlg}.${payload}.${signature}` } },
      popup,
    );
    const parsed = uiProtocol['verify-input'].reply.parse(reply);
    const details = parsed.results.flatMap((r) => r.checks.map((c) => c.detail ?? ''));
    expect(details.filter((d) => d.endsWith(TRUNCATION_MARKER))).toEqual([expect.stringMatching(/^JWS algorithm AAAA/)]);
  });
});
