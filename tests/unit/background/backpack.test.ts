import { readFileSync } from 'node:fs';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { AttentionPort } from '../../../entrypoints/background/ports';
import { createBackground } from '../../../entrypoints/background/router';
import { IMPORT_LIMITS } from '../../../lib/backpack/import-limits';
import { writeZip } from '../../../lib/backpack/zip';
import type { AlertReason, BackpackItem } from '../../../lib/protocol/backpack-schemas';
import { createFakeHttp } from '../../support/fake-http';
import { testEnv } from '../../support/env';
import { GENERATED, generatedSiteHttp } from '../../support/generated-site';
import { fakeStorageArea, fakeToolbar, fakeVerifier, generatedSiteFetch } from './fakes';

const EXTENSION = 'chrome-extension://badgelens';
const backpackPage = { id: 'badgelens', url: `${EXTENSION}/backpack.html` };
const cvPage = { id: 'badgelens', url: 'https://cv.example.net/', tab: { id: 7 } };
const ASSERTION = 'https://badges.example-university.org/assertions/valid.json';
const badgeFile = (name: string) => readFileSync(`${GENERATED}/badges/${name}`).toString('base64');
const DAY = 24 * 60 * 60 * 1000;

function setup(local = fakeStorageArea()) {
  const site = generatedSiteHttp();
  let revoked = false;
  // The demo issuer's site, whose hosted assertion says `revoked: true` once the test revokes it.
  const revokedCopy = createFakeHttp(() => {
    const json = JSON.parse(readFileSync(`${GENERATED}/site/badges.example-university.org/assertions/valid.json`, 'utf8'));
    return { body: JSON.stringify({ ...json, revoked: true, revocationReason: 'issued in error' }), contentType: 'application/ld+json' };
  });
  const httpGet: typeof site = Object.assign(
    (request: Parameters<typeof site>[0]) => (revoked && request.url === ASSERTION ? revokedCopy(request) : site(request)),
    {
      requests: site.requests,
      unmapped: site.unmapped,
    },
  );
  const fake = fakeVerifier(() => testEnv(httpGet, { now: '2026-03-01T10:00:00Z' }));
  let now = Date.parse('2026-03-01T10:00:00Z');
  const shown: AlertReason[][] = [];
  const notified: Array<{ id: string; name: string; reason: AlertReason }> = [];
  const attention: AttentionPort = {
    show: async (alerts) => void shown.push([...alerts]),
    notify: async (id, name, reason) => void notified.push({ id, name, reason }),
  };
  const background = createBackground({
    session: fakeStorageArea(),
    local,
    fetch: generatedSiteFetch(),
    toolbar: fakeToolbar(),
    runtime: { id: 'badgelens', getURL: (path) => `${EXTENSION}${path}` },
    sendToTab: async () => undefined,
    makeVerifier: fake.make,
    clock: { now: () => now },
    attention,
    indexedDB: new IDBFactory(),
  });
  const ask = async (message: unknown) => {
    const reply = (await background.handle(message, backpackPage)) as { ok: boolean } & Record<string, unknown>;
    if (!reply.ok) throw new Error(String(reply.error));
    return reply;
  };
  const items = async () => (await ask({ type: 'backpack-list' })).items as BackpackItem[];
  return { background, local, ask, items, shown, notified, revoke: () => (revoked = true), advance: (ms: number) => (now += ms) };
}

const entries = (items: BackpackItem[]) => items.flatMap((i) => (i.kind === 'entry' ? [i] : []));

describe('the backpack in the background', () => {
  it('adds a dropped badge file once, verified, and refuses a copy', async () => {
    const { ask, items } = setup();
    expect(
      await ask({ type: 'backpack-add', input: { kind: 'file', name: 'hosted-valid.png', base64: badgeFile('hosted-valid.png') } }),
    ).toEqual({ ok: true, added: 1, duplicates: 0, problems: [] });
    expect(
      await ask({ type: 'backpack-add', input: { kind: 'file', name: 'copy.png', base64: badgeFile('hosted-valid.png') } }),
    ).toMatchObject({ added: 0, duplicates: 1 });
    const [item] = entries(await items());
    expect(item).toMatchObject({
      fileName: 'hosted-valid.png',
      result: { status: 'verified', format: 'ob2-hosted' },
      history: [{ status: 'verified' }],
    });
    expect(item).not.toHaveProperty('base64');
    const file = await ask({ type: 'backpack-file', id: item!.id });
    expect(file.base64).toBe(badgeFile('hosted-valid.png'));
  });

  it('names what holds no badge, and keeps pasted JSON', async () => {
    const { ask } = setup();
    const unbaked = readFileSync(`${GENERATED}/unbaked.png`).toString('base64');
    expect(await ask({ type: 'backpack-add', input: { kind: 'file', name: 'photo.png', base64: unbaked } })).toMatchObject({
      added: 0,
      problems: ['photo.png: no badge was found in it'],
    });
    const text = readFileSync(`${GENERATED}/site/badges.example-university.org/assertions/valid.json`, 'utf8');
    expect(await ask({ type: 'backpack-add', input: { kind: 'text', text } })).toMatchObject({ added: 1 });
  });

  it('re-checks: records the revocation in the history, signals the toolbar and notifies once', async () => {
    const { ask, items, revoke, shown, notified, advance } = setup();
    await ask({ type: 'backpack-add', input: { kind: 'file', name: 'hosted-valid.png', base64: badgeFile('hosted-valid.png') } });
    await items();
    expect(shown.at(-1)).toEqual([]);
    revoke();
    advance(DAY);
    const after = entries((await ask({ type: 'backpack-recheck', which: 'all' })).items as BackpackItem[]);
    expect(after[0]).toMatchObject({ result: { status: 'revoked' }, alert: 'revoked' });
    expect(after[0]!.history.map((h) => h.status)).toEqual(['verified', 'revoked']);
    expect(shown.at(-1)).toEqual(['revoked']);
    expect(notified).toEqual([{ id: after[0]!.id, name: after[0]!.result!.credential.name, reason: 'revoked' }]);
    expect(after[0]!.result!.credential.name).toBeTruthy();
    await ask({ type: 'backpack-recheck', which: 'all' });
    expect(notified).toHaveLength(1);
  });

  it('re-checks only what is due, or on opening what was not checked within the hour', async () => {
    const { ask, items, advance, revoke } = setup();
    await ask({ type: 'backpack-add', input: { kind: 'file', name: 'hosted-valid.png', base64: badgeFile('hosted-valid.png') } });
    revoke();
    advance(2 * 60 * 60 * 1000);
    await ask({ type: 'backpack-recheck', which: 'due' });
    expect(entries(await items())[0]?.result?.status).toBe('verified');
    await ask({ type: 'backpack-recheck', which: 'opened' });
    expect(entries(await items())[0]?.result?.status).toBe('revoked');
  });

  it('the alarm re-checks the badges that are due', async () => {
    const { ask, items, advance, revoke, background } = setup();
    await ask({ type: 'backpack-add', input: { kind: 'file', name: 'hosted-valid.png', base64: badgeFile('hosted-valid.png') } });
    revoke();
    advance(DAY + 1);
    await background.onBackpackAlarm();
    expect(entries(await items())[0]?.result?.status).toBe('revoked');
  });

  it('exports a zip and imports it into an empty backpack, the same badges with their history', async () => {
    const first = setup();
    await first.ask({ type: 'backpack-add', input: { kind: 'file', name: 'hosted-valid.png', base64: badgeFile('hosted-valid.png') } });
    await first.ask({ type: 'backpack-add', input: { kind: 'file', name: 'clr-valid.json', base64: badgeFile('clr-valid.json') } });
    const { base64 } = await first.ask({ type: 'backpack-export' });
    const second = setup();
    expect(await second.ask({ type: 'backpack-add', input: { kind: 'file', name: 'backpack.zip', base64 } })).toEqual({
      ok: true,
      added: 2,
      duplicates: 0,
      problems: [],
    });
    const strip = (items: BackpackItem[]) => entries(items).map(({ alert: _a, ...rest }) => rest);
    expect(strip(await second.items())).toEqual(strip(await first.items()));
    expect(await second.ask({ type: 'backpack-add', input: { kind: 'file', name: 'backpack.zip', base64 } })).toMatchObject({
      added: 0,
      duplicates: 2,
    });
  });

  it('lists a damaged entry as such beside the others, and deletes one or all', async () => {
    const local = fakeStorageArea({ [`backpack:${'a'.repeat(64)}`]: { broken: true } });
    const { ask, items } = setup(local);
    await ask({ type: 'backpack-add', input: { kind: 'file', name: 'hosted-valid.png', base64: badgeFile('hosted-valid.png') } });
    expect((await items()).map((i) => i.kind).sort()).toEqual(['corrupt', 'entry']);
    await ask({ type: 'backpack-remove', id: 'a'.repeat(64) });
    expect((await items()).map((i) => i.kind)).toEqual(['entry']);
    await ask({ type: 'backpack-remove' });
    expect(await items()).toEqual([]);
    expect([...local.data.keys()].filter((k) => k.startsWith('backpack:'))).toEqual([]);
  });

  it('saves a candidate the page found, from the overlay and from the popup', async () => {
    const { background, items } = setup();
    const text = readFileSync(`${GENERATED}/site/badges.example-university.org/assertions/valid.json`, 'utf8');
    await background.handle(
      {
        type: 'page-candidates',
        pageUrl: 'https://cv.example.net/',
        navigationId: 'n1',
        found: [
          { ref: 'r1', candidate: { kind: 'embedded', text } },
          { ref: 'r2', candidate: { kind: 'link', url: ASSERTION } },
        ],
      },
      cvPage,
    );
    const fromOverlay = await background.handle({ type: 'save-to-backpack', ref: 'r1' }, cvPage);
    expect(fromOverlay).toMatchObject({ ok: true, added: true });
    const fromPopup = await background.handle({ type: 'backpack-save', tabId: 7, ref: 'r2' }, backpackPage);
    expect(fromPopup).toMatchObject({ ok: true, added: false });
    expect(await background.handle({ type: 'backpack-save', tabId: 7, ref: 'gone' }, backpackPage)).toEqual({
      ok: false,
      error: 'this badge is no longer on the page',
    });
    expect(entries(await items())).toHaveLength(1);
  });

  describe('importing a badge platform export', () => {
    const exportFile = (name: string) => ({
      type: 'backpack-add',
      input: { kind: 'file', name, base64: readFileSync(`tests/fixtures/exports/${name}`).toString('base64') },
    });
    const kept = (items: BackpackItem[]) =>
      entries(items)
        .map((e) => `${e.result?.format} ${e.result?.status} ${e.sourceUrl ?? e.fileName}`)
        .sort();

    it("keeps each badge of Badgr's backpack listing, fetched from its issuer, and names the one it cannot", async () => {
      const { ask, items } = setup();
      expect(await ask(exportFile('badgr-backpack-two-links-one-without.json'))).toEqual({
        ok: true,
        added: 2,
        duplicates: 0,
        problems: [
          'badgr-backpack-two-links-one-without.json, item 3: Badgr lists it without a link to its Open Badges data (openBadgeId)',
        ],
      });
      expect(kept(await items())).toEqual([
        'ob2-hosted expired https://badges.example-university.org/assertions/expired.json',
        'ob2-hosted verified https://badges.example-university.org/assertions/valid.json',
      ]);
      expect(await ask(exportFile('badgr-backpack-two-links-one-without.json'))).toMatchObject({ added: 0, duplicates: 2 });
    });

    it('keeps each credential of a JSON array with its bytes, and names what is not a badge', async () => {
      const { ask, items } = setup();
      const outcome = await ask(exportFile('credential-array-signed-jwt-and-not-a-badge.json'));
      expect(outcome).toMatchObject({ added: 3, duplicates: 0 });
      expect(outcome.problems).toHaveLength(2);
      const formats = entries(await items())
        .map((e) => e.result?.format)
        .sort();
      expect(formats).toEqual(['ob2-signed', 'ob3-di', 'ob3-jwt']);
      const jws = entries(await items()).find((e) => e.result?.format === 'ob2-signed')!;
      const file = await ask({ type: 'backpack-file', id: jws.id });
      expect(Buffer.from(String(file.base64), 'base64').toString('utf8')).toBe(
        readFileSync(`${GENERATED}/badges/signed-valid.jws`, 'utf8').trim(),
      );
    });

    it('keeps the baked images and JSON of a zip byte for byte, and names the file that holds no badge', async () => {
      const { ask, items } = setup();
      expect(await ask(exportFile('baked-images-and-json.zip'))).toEqual({
        ok: true,
        added: 3,
        duplicates: 0,
        problems: ['README.txt: no badge was found in it'],
      });
      const png = entries(await items()).find((e) => e.fileName === 'hosted-valid.png')!;
      expect((await ask({ type: 'backpack-file', id: png.id })).base64).toBe(badgeFile('hosted-valid.png'));
    });

    it('keeps the badges of a list of assertion URLs, and of pasted JSON listings', async () => {
      const { ask, items } = setup();
      expect(await ask(exportFile('assertion-urls-with-a-bad-line.txt'))).toMatchObject({
        added: 2,
        problems: ['assertion-urls-with-a-bad-line.txt, line 4: it is neither a link nor a signed credential'],
      });
      expect(kept(await items())).toEqual([
        'ob2-hosted revoked https://badges.example-university.org/assertions/revoked.json',
        'ob2-hosted verified https://badges.example-university.org/assertions/valid.json',
      ]);
      const text = readFileSync('tests/fixtures/exports/ob3-api-credential-list.json', 'utf8');
      expect(await ask({ type: 'backpack-add', input: { kind: 'text', text } })).toMatchObject({ added: 2, problems: [] });
    });
  });

  describe('the limits of one import', () => {
    const zipInput = (name: string, zip: Uint8Array) => ({
      type: 'backpack-add',
      input: { kind: 'file', name, base64: Buffer.from(zip).toString('base64') },
    });

    it(`verifies at most ${IMPORT_LIMITS.items} loose files of a zip, says how many were left, and counts problems past what a reply holds`, async () => {
      const { ask } = setup();
      const files = Array.from({ length: IMPORT_LIMITS.items + 50 }, (_, i) => ({
        name: `notes/${i}.txt`,
        bytes: new TextEncoder().encode(`note ${i}`),
      }));
      const outcome = await ask(zipInput('notes.zip', writeZip(files)));
      expect(outcome).toMatchObject({ added: 0, duplicates: 0 });
      const problems = outcome.problems as string[];
      expect(problems).toHaveLength(100);
      expect(problems[0]).toBe(
        `notes.zip: only the first ${IMPORT_LIMITS.items} of its ${IMPORT_LIMITS.items + 50} files were read; one import takes at most ${IMPORT_LIMITS.items} badges, import the rest from a smaller zip`,
      );
      expect(problems[1]).toBe('0.txt: no badge was found in it');
      expect(problems.at(-1)).toBe(`and ${IMPORT_LIMITS.items + 1 - 99} more that could not be kept`);
    });

    it('ends a zip of thousands of files with a message, and adds nothing', async () => {
      const { ask, items } = setup();
      const files = Array.from({ length: IMPORT_LIMITS.zipFiles + 1 }, (_, i) => ({
        name: `${i}.json`,
        bytes: new TextEncoder().encode('{}'),
      }));
      expect(await ask(zipInput('many.zip', writeZip(files)))).toEqual({
        ok: true,
        added: 0,
        duplicates: 0,
        problems: [`many.zip: it holds ${IMPORT_LIMITS.zipFiles + 1} files; one import opens at most ${IMPORT_LIMITS.zipFiles}`],
      });
      expect(await items()).toEqual([]);
    });
  });
});
