import { describe, expect, it, vi } from 'vitest';
import { createBackground } from '../../../entrypoints/background/router';
import type { ToContentMessage } from '../../../lib/protocol/messages';
import { tabStateSchema } from '../../../lib/protocol/schemas';
import { fakeStorageArea, fakeToolbar, fakeVerifier, generatedSiteFetch, result, storedTab } from './fakes';

const EXTENSION = 'chrome-extension://badgelens';
const page = { id: 'badgelens', url: 'https://cv.example.net/', tab: { id: 7 } };
const popup = { id: 'badgelens', url: `${EXTENSION}/popup.html` };
const image = (n: number) => ({ ref: `r${n}`, candidate: { kind: 'image' as const, url: `https://cv.example.net/badges/${n}.png` } });
const candidates = (found: ReturnType<typeof image>[], navigationId = 'n1') => ({
  type: 'page-candidates',
  pageUrl: 'https://cv.example.net/',
  navigationId,
  found,
});

function setup(session = fakeStorageArea()) {
  const toolbar = fakeToolbar();
  const sent: ToContentMessage[] = [];
  const fake = fakeVerifier();
  const background = createBackground({
    session,
    local: fakeStorageArea(),
    fetch: generatedSiteFetch(),
    toolbar,
    runtime: { id: 'badgelens', getURL: (path) => `${EXTENSION}${path}` },
    sendToTab: async (_tabId, message) => void sent.push(message),
    makeVerifier: fake.make,
  });
  const refsStored = () => tabStateSchema.parse(storedTab(session, 7)).items.map((i) => i.ref);
  return { background, session, toolbar, sent, verifier: fake.verifier, refsStored };
}

describe('background router: retire', () => {
  it('forgets the retired items, so the popup and the toolbar no longer count them', async () => {
    const { background, toolbar, verifier, refsStored } = setup();
    await background.handle(candidates([image(1), image(2)]), page);
    verifier.calls[0]!.finish([result('verified')]);
    verifier.calls[1]!.finish([result('invalid')]);
    await background.idle();
    expect(toolbar.last('text', 7)).toBe('2');

    const reply = await background.handle({ type: 'retire', navigationId: 'n1', refs: ['r1'] }, page);
    expect(reply.ok && 'tab' in reply ? reply.tab?.items.map((i) => i.ref) : undefined).toEqual(['r2']);
    expect(refsStored()).toEqual(['r2']);
    expect(toolbar.last('text', 7)).toBe('1');
    const seen = await background.handle({ type: 'get-tab', tabId: 7 }, popup);
    expect(seen.ok && 'tab' in seen ? seen.tab?.items.map((i) => i.ref) : undefined).toEqual(['r2']);
  });

  it('drops a result that arrives for an item retired while it was being verified', async () => {
    const { background, sent, verifier, refsStored } = setup();
    await background.handle(candidates([image(1)]), page);
    await background.handle({ type: 'retire', navigationId: 'n1', refs: ['r1'] }, page);
    await background.handle(candidates([image(2)]), page);
    verifier.calls[0]!.finish([result('verified')]);
    verifier.calls[1]!.finish([result('invalid')]);
    await background.idle();
    expect(refsStored()).toEqual(['r2']);
    expect(sent.flatMap((m) => m.items.map((i) => `${i.ref}:${i.results[0]?.status}`))).toEqual(['r2:invalid']);
  });

  it('frees the retired items\u2019 places under the page cap', async () => {
    const { background, refsStored } = setup();
    await background.handle(candidates(Array.from({ length: 300 }, (_, i) => image(i + 1))), page);
    await background.handle({ type: 'retire', navigationId: 'n1', refs: ['r1', 'r2'] }, page);
    await background.handle(candidates([image(301)]), page);
    // The first batch's items are written once its held-back candidates start (start-order.ts).
    await vi.waitFor(() => expect(refsStored()).toHaveLength(299), { timeout: 2000 });
    expect(refsStored().at(-1)).toBe('r301');
  });

  it('ignores a retire for another page view, and refuses one for a tab it knows nothing of', async () => {
    const { background, refsStored } = setup();
    expect(await background.handle({ type: 'retire', navigationId: 'n1', refs: ['r1'] }, page)).toEqual({
      ok: false,
      error: 'nothing was found on this tab',
    });
    await background.handle(candidates([image(1)], 'n2'), page);
    expect((await background.handle({ type: 'retire', navigationId: 'n1', refs: ['r1'] }, page)).ok).toBe(true);
    expect(refsStored()).toEqual(['r1']);
  });

  it('a retire and new candidates handled at once by a fresh worker both stick', async () => {
    const first = setup();
    await first.background.handle(candidates([image(1)]), page);
    // A restarted worker reads the tab from storage.session; both messages must see the same copy.
    const restarted = setup(first.session);
    await Promise.all([
      restarted.background.handle({ type: 'retire', navigationId: 'n1', refs: ['r1'] }, page),
      restarted.background.handle(candidates([image(2)]), page),
    ]);
    expect(restarted.refsStored()).toEqual(['r2']);
  });

  it('is a content-script message only', async () => {
    const { background } = setup();
    expect((await background.handle({ type: 'retire', navigationId: 'n1', refs: ['r1'] }, popup)).ok).toBe(false);
  });
});
