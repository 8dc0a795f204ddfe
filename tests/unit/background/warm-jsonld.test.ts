import { describe, expect, it } from 'vitest';
import { createBackground } from '../../../entrypoints/background/router';
import type { JsonLdTools } from '../../../lib/core/ports';
import { fakeStorageArea, fakeToolbar, fakeVerifier, generatedSiteFetch } from './fakes';

const page = { id: 'badgelens', url: 'https://cv.example.net/', tab: { id: 7 } };
const candidates = (found: unknown[]) => ({ type: 'page-candidates', pageUrl: 'https://cv.example.net/', navigationId: 'n1', found });

function setup() {
  const fake = fakeVerifier();
  const jsonld: JsonLdTools & { warmed: number; verificationsBeforeWarm?: number } = {
    warmed: 0,
    canonize: async () => '',
    canonizeWithLabels: async () => ({ nquads: '', labels: new Map() }),
    warm: () => {
      jsonld.warmed++;
      jsonld.verificationsBeforeWarm = fake.verifier.calls.length;
    },
  };
  const background = createBackground({
    session: fakeStorageArea(),
    local: fakeStorageArea(),
    fetch: generatedSiteFetch(),
    jsonld,
    toolbar: fakeToolbar(),
    runtime: { id: 'badgelens', getURL: (path) => `chrome-extension://badgelens${path}` },
    sendToTab: async () => undefined,
    makeVerifier: fake.make,
  });
  return { background, jsonld };
}

describe('the JSON-LD tools are warmed when a page reports candidates (cold start)', () => {
  it('warms on candidates, not on a page without any', async () => {
    const { background, jsonld } = setup();
    expect(await background.handle({ type: 'page-reset', pageUrl: 'https://cv.example.net/', navigationId: 'n1' }, page)).toEqual({
      ok: true,
    });
    expect(await background.handle(candidates([]), page)).toMatchObject({ ok: true });
    expect(jsonld.warmed).toBe(0);
    expect(
      await background.handle(candidates([{ ref: 'r1', candidate: { kind: 'link', url: 'https://a.example.org/1.json' } }]), page),
    ).toMatchObject({ ok: true });
    expect(jsonld.warmed).toBe(1);
  });

  it('warms only once the first candidates have started (its synchronous part would hold their requests back)', async () => {
    const { background, jsonld } = setup();
    const links = [1, 2, 3].map((n) => ({ ref: `r${n}`, candidate: { kind: 'link', url: `https://a.example.org/${n}.json` } }));
    expect(await background.handle(candidates(links), page)).toMatchObject({ ok: true });
    expect(jsonld.warmed).toBe(1);
    expect(jsonld.verificationsBeforeWarm).toBe(3);
  });

  it('does not warm for a page whose only candidates are embedded JWTs (no canonicalization ahead)', async () => {
    const { background, jsonld } = setup();
    const jwt = { kind: 'embedded', text: ' eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6a2V5In0.c2ln\n' };
    expect(await background.handle(candidates([{ ref: 'r1', candidate: jwt }]), page)).toMatchObject({ ok: true });
    expect(jsonld.warmed).toBe(0);
    const json = { kind: 'embedded', text: '{"@context":["https://www.w3.org/ns/credentials/v2"],"proof":{}}' };
    expect(await background.handle(candidates([{ ref: 'r2', candidate: json }]), page)).toMatchObject({ ok: true });
    expect(jsonld.warmed).toBe(1);
  });

  it('tools without warm() are fine', async () => {
    const { background, jsonld } = setup();
    delete jsonld.warm;
    expect(await background.handle(candidates([{ ref: 'r1', candidate: { kind: 'embedded', text: '{}' } }]), page)).toMatchObject({
      ok: true,
    });
  });
});
