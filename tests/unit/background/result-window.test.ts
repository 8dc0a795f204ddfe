import { describe, expect, it } from 'vitest';
import { createBackground } from '../../../entrypoints/background/router';
import { RESULT_WINDOW_MS } from '../../../entrypoints/background/verifier';
import { DEFAULT_SETTINGS } from '../../../lib/protocol/schemas';
import { fakeStorageArea, fakeToolbar, generatedSiteFetch } from './fakes';

const EXTENSION = 'chrome-extension://badgelens';
const page = { id: 'badgelens', url: 'https://cv.example.net/', tab: { id: 7 } };
const popup = { id: 'badgelens', url: `${EXTENSION}/popup.html` };
const VALID = 'https://badges.example-university.org/assertions/valid.json';
const candidate = { kind: 'link' as const, url: VALID };
const found = [{ ref: 'r1', candidate }];

/** The router over the real verifier, its fetch counted and its clock moved by the test. */
function setup() {
  const clock = { time: Date.parse('2026-11-22T12:00:00Z'), now: () => clock.time };
  const fetch = generatedSiteFetch();
  const background = createBackground({
    session: fakeStorageArea(),
    local: fakeStorageArea(),
    fetch,
    clock,
    toolbar: fakeToolbar(),
    runtime: { id: 'badgelens', getURL: (path) => `${EXTENSION}${path}` },
    sendToTab: async () => undefined,
  });
  const assertionFetches = () => fetch.urls.filter((u) => u === VALID).length;
  /** One in-page navigation: a new view that finds the same badge again. */
  async function visit(navigationId: string) {
    await background.handle({ type: 'page-reset', pageUrl: `https://cv.example.net/#${navigationId}`, navigationId }, page);
    await background.handle({ type: 'page-candidates', pageUrl: `https://cv.example.net/#${navigationId}`, navigationId, found }, page);
    await background.idle();
  }
  const statuses = async () => {
    const reply = await background.handle({ type: 'get-tab', tabId: 7 }, popup);
    return reply.ok && 'tab' in reply ? reply.tab?.items.map((i) => `${i.state}:${i.results.map((r) => r.status).join()}`) : [];
  };
  return { background, clock, assertionFetches, visit, statuses };
}

describe('recent results: in-page navigation does not refetch', () => {
  it('navigating back and forth 40 times fetches the badge once, and every view gets its verdict', async () => {
    const { assertionFetches, visit, statuses } = setup();
    for (let n = 0; n < 40; n++) await visit(`n${n}`);
    expect(assertionFetches()).toBe(1);
    expect(await statuses()).toEqual(['done:verified']);
  });

  it('the same badge found twice at once is fetched once', async () => {
    const { background, assertionFetches } = setup();
    await background.handle({ type: 'page-candidates', pageUrl: 'https://cv.example.net/', navigationId: 'a', found }, page);
    await background.handle(
      { type: 'page-candidates', pageUrl: 'https://cv.example.net/', navigationId: 'a', found: [{ ref: 'r2', candidate }] },
      { ...page, tab: { id: 8 } },
    );
    await background.idle();
    expect(assertionFetches()).toBe(1);
  });

  it('a re-check from the card or from the popup always verifies afresh', async () => {
    const { background, assertionFetches, visit } = setup();
    await visit('n1');
    await background.handle({ type: 'recheck', ref: 'r1' }, page);
    await background.idle();
    expect(assertionFetches()).toBe(2);
    await background.handle({ type: 'recheck-tab', tabId: 7 }, popup);
    await background.idle();
    expect(assertionFetches()).toBe(3);
    await background.handle({ type: 'recheck-tab', tabId: 7, ref: 'r1' }, popup);
    await background.idle();
    expect(assertionFetches()).toBe(4);
  });

  it('a re-check refreshes what later views get', async () => {
    const { background, assertionFetches, visit } = setup();
    await visit('n1');
    await background.handle({ type: 'recheck', ref: 'r1' }, page);
    await background.idle();
    await visit('n2');
    expect(assertionFetches()).toBe(2);
  });

  it('the window expires: a view after it verifies again', async () => {
    const { clock, assertionFetches, visit } = setup();
    await visit('n1');
    clock.time += RESULT_WINDOW_MS - 1;
    await visit('n2');
    expect(assertionFetches()).toBe(1);
    clock.time += 2;
    await visit('n3');
    expect(assertionFetches()).toBe(2);
  });

  it('changing the settings or clearing the cache forgets the results', async () => {
    const { background, assertionFetches, visit } = setup();
    await visit('n1');
    await background.handle({ type: 'set-settings', settings: { ...DEFAULT_SETTINGS, allowLocalNetwork: true } }, popup);
    await visit('n2');
    expect(assertionFetches()).toBe(2);
    await background.handle({ type: 'clear-cache' }, popup);
    await visit('n3');
    expect(assertionFetches()).toBe(3);
  });
});
