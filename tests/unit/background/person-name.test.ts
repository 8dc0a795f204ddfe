import { describe, expect, it } from 'vitest';
import { createBackground } from '../../../entrypoints/background/router';
import { pageCandidatesMessage, pagePersonMessage } from '../../../entrypoints/content/candidates-message';
import { tabStateSchema } from '../../../lib/protocol/schemas';
import { generatedSiteHttp } from '../../support/generated-site';
import { testEnv } from '../../support/env';
import { fakeStorageArea, fakeToolbar, fakeVerifier, generatedSiteFetch } from './fakes';

const EXTENSION = 'chrome-extension://badgelens';
const page = { id: 'badgelens', url: 'https://cv.example.net/', tab: { id: 7 } };
const popup = { id: 'badgelens', url: `${EXTENSION}/report.html?tabId=7` };

function setup() {
  const fake = fakeVerifier(() => testEnv(generatedSiteHttp()));
  return createBackground({
    session: fakeStorageArea(),
    local: fakeStorageArea(),
    fetch: generatedSiteFetch(),
    toolbar: fakeToolbar(),
    runtime: { id: 'badgelens', getURL: (path) => `${EXTENSION}${path}` },
    sendToTab: async () => undefined,
    makeVerifier: fake.make,
  });
}

describe('the page’s person name', () => {
  it('is kept in the tab state the popup and the report read, cut to its limit at the content script', async () => {
    const background = setup();
    const found = [{ ref: 'r1', candidate: { kind: 'link' as const, url: 'https://a.example.org/1.json' } }];
    await background.handle(pageCandidatesMessage('https://cv.example.net/', 'n1', found, 0, 'Ada Lovelace'), page);
    const reply = await background.handle({ type: 'get-tab', tabId: 7 }, popup);
    expect(reply.ok && 'tab' in reply ? tabStateSchema.parse(reply.tab).personName : undefined).toBe('Ada Lovelace');
    const long = pageCandidatesMessage('https://cv.example.net/', 'n1', [], 0, 'A'.repeat(5000));
    expect(long.type === 'page-candidates' ? long.personName?.length : 0).toBe(200);
  });

  it('may follow the candidates (page-person, as the overlay half sends it once loaded), for the current navigation only', async () => {
    const background = setup();
    const found = [{ ref: 'r1', candidate: { kind: 'link' as const, url: 'https://a.example.org/1.json' } }];
    await background.handle(pageCandidatesMessage('https://cv.example.net/', 'n1', found, 0), page);
    const personOf = async () => {
      const reply = await background.handle({ type: 'get-tab', tabId: 7 }, popup);
      return reply.ok && 'tab' in reply ? tabStateSchema.parse(reply.tab).personName : undefined;
    };
    expect(await personOf()).toBeUndefined();
    expect(await background.handle(pagePersonMessage('n0', 'Someone Earlier'), page)).toEqual({ ok: true });
    expect(await personOf()).toBeUndefined();
    expect(await background.handle(pagePersonMessage('n1', 'Grace Hopper'), page)).toEqual({ ok: true });
    expect(await personOf()).toBe('Grace Hopper');
    const long = pagePersonMessage('n1', 'B'.repeat(5000));
    expect(long.type === 'page-person' ? long.personName.length : 0).toBe(200);
  });

  it('is absent when the page names no one', async () => {
    const background = setup();
    await background.handle(pageCandidatesMessage('https://cv.example.net/', 'n1', [], 0), page);
    const reply = await background.handle({ type: 'get-tab', tabId: 7 }, popup);
    expect(reply.ok && 'tab' in reply && reply.tab ? 'personName' in reply.tab : true).toBe(false);
  });
});
