import { describe, expect, it } from 'vitest';
import { createVerifier } from '../../../entrypoints/background/verifier';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/protocol/schemas';
import { fakeStorageArea, generatedSiteFetch } from './fakes';

const VALID = 'https://badges.example-university.org/assertions/valid.json';
const LOCAL = 'http://127.0.0.1:8080/badge.json';

function setup(initial: Settings = DEFAULT_SETTINGS) {
  let settings = initial;
  const session = fakeStorageArea();
  const fetch = generatedSiteFetch();
  const jsonld = { canonize: async () => '', canonizeWithLabels: async () => ({ nquads: '', labels: new Map<string, string>() }) };
  const verifier = createVerifier(() => settings, { session, fetch, jsonld });
  const change = (next: Settings) => {
    settings = next;
    verifier.settingsChanged();
  };
  return { verifier, session, fetch, change };
}

describe('verifier wiring', () => {
  it('verifies a candidate over fetch and caches what it fetched in storage.session', async () => {
    const { verifier, session, fetch } = setup();
    const results = await verifier.verifyItem({ candidate: { kind: 'link', url: VALID } }, VALID);
    expect(results[0]?.source).toBe(VALID);
    expect(results[0]?.checks.map((c) => c.code)).toContain('hosted.fetched');
    expect(fetch.urls).toContain(VALID);
    expect([...session.data.keys()].some((k) => k.startsWith('cache:'))).toBe(true);

    await verifier.clearCache();
    expect([...session.data.keys()].some((k) => k.startsWith('cache:'))).toBe(false);
  });

  it('a network failure is unverifiable, not invalid', async () => {
    const { verifier } = setup();
    const [result] = await verifier.verifyItem({ candidate: { kind: 'link', url: 'https://gone.example.org/badge.json' } }, 'x');
    expect(result?.status).toBe('unverifiable');
  });

  it('the local network is reached only once the settings allow it', async () => {
    const { verifier, fetch, change } = setup();
    await verifier.verifyItem({ candidate: { kind: 'link', url: LOCAL } }, LOCAL);
    expect(fetch.urls).not.toContain(LOCAL);
    change({ ...DEFAULT_SETTINGS, allowLocalNetwork: true });
    await verifier.verifyItem({ candidate: { kind: 'link', url: LOCAL } }, LOCAL);
    expect(fetch.urls).toContain(LOCAL);
  });

  it('hands the core the recipient typed and the platform canonicalizer', () => {
    const { verifier } = setup();
    expect(verifier.env('ada@example.com')).toMatchObject({
      recipient: 'ada@example.com',
      jsonld: { canonize: expect.any(Function), canonizeWithLabels: expect.any(Function) },
    });
    expect(verifier.env()).not.toHaveProperty('recipient');
    const withoutJsonLd = createVerifier(() => DEFAULT_SETTINGS, { session: fakeStorageArea(), fetch: generatedSiteFetch() });
    expect(withoutJsonLd.env()).not.toHaveProperty('jsonld');
  });
});
