import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ITEMS, readBadgeExport, type ExportItem } from '../../../lib/backpack/badge-export';

const EXPORTS = 'tests/fixtures/exports';
const read = (name: string) => readBadgeExport(new Uint8Array(readFileSync(`${EXPORTS}/${name}`)), name);
const encode = (text: string) => new TextEncoder().encode(text);
const summary = (items: ExportItem[]) => items.map((i) => (i.kind === 'link' ? `link ${i.url}` : `file ${i.name}`));

describe('reading a badge platform export', () => {
  it("reads Badgr's backpack listing as links to each hosted assertion, and names the row without one", () => {
    const got = read('badgr-backpack-two-links-one-without.json');
    expect(got.kind === 'export' && summary(got.items)).toEqual([
      'link https://badges.example-university.org/assertions/valid.json',
      'link https://badges.example-university.org/assertions/expired.json',
    ]);
    expect(got.kind === 'export' && got.problems).toEqual([
      'badgr-backpack-two-links-one-without.json, item 3: Badgr lists it without a link to its Open Badges data (openBadgeId)',
    ]);
  });

  it('reads a Badge Connect listing of assertions as files, the assertion as it was listed', () => {
    const got = read('badge-connect-one-hosted-assertion.json');
    if (got.kind !== 'export') throw new Error('not read as an export');
    expect(summary(got.items)).toEqual(['file badge-connect-one-hosted-assertion-1.json']);
    const [item] = got.items;
    const listed = JSON.parse(readFileSync(`${EXPORTS}/badge-connect-one-hosted-assertion.json`, 'utf8')).results[0];
    expect(item?.kind === 'file' && JSON.parse(new TextDecoder().decode(item.bytes))).toEqual(listed);
  });

  it('reads a JSON array of credentials and signed credentials, and names what is not a badge', () => {
    const got = read('credential-array-signed-jwt-and-not-a-badge.json');
    const name = 'credential-array-signed-jwt-and-not-a-badge';
    expect(got.kind === 'export' && summary(got.items)).toEqual([`file ${name}-1.json`, `file ${name}-2.jwt`, `file ${name}-3.jwt`]);
    expect(got.kind === 'export' && got.problems).toEqual([
      `${name}.json, item 4: it is not a badge (no Open Badges or Verifiable Credential fields)`,
      `${name}.json, item 5: it is not a badge (not a credential, a signed credential or a link)`,
    ]);
    const jws = got.kind === 'export' ? got.items[1] : undefined;
    expect(jws?.kind === 'file' && new TextDecoder().decode(jws.bytes)).toBe(
      readFileSync('tests/fixtures/generated/badges/signed-valid.jws', 'utf8').trim(),
    );
  });

  it("reads the OB 3.0 API's credential list, credentials and compact JWS alike", () => {
    const got = read('ob3-api-credential-list.json');
    expect(got.kind === 'export' && summary(got.items)).toEqual([
      'file ob3-api-credential-list-1.json',
      'file ob3-api-credential-list-2.jwt',
    ]);
  });

  it('reads a list of assertion URLs, skipping comments, and names a line that is not a link', () => {
    const got = read('assertion-urls-with-a-bad-line.txt');
    expect(got.kind === 'export' && summary(got.items)).toEqual([
      'link https://badges.example-university.org/assertions/valid.json',
      'link https://badges.example-university.org/assertions/revoked.json',
    ]);
    expect(got.kind === 'export' && got.problems).toEqual([
      'assertion-urls-with-a-bad-line.txt, line 4: it is neither a link nor a signed credential',
    ]);
  });

  it('leaves one credential, one JWT, one link and an image to the verifier', () => {
    for (const name of ['ob3-rdfc-did-key.json', 'signed-valid.jws', 'hosted-valid.png', 'clr-valid.json']) {
      expect(readBadgeExport(new Uint8Array(readFileSync(`tests/fixtures/generated/badges/${name}`)), name), name).toEqual({
        kind: 'single',
      });
    }
    expect(readBadgeExport(encode('https://badges.example-university.org/assertions/valid.json'), 'pasted.txt')).toEqual({
      kind: 'single',
    });
    expect(readBadgeExport(encode('{"result": "not a list"}'), 'x.json')).toEqual({ kind: 'single' });
    expect(readBadgeExport(encode('[not json'), 'x.json')).toEqual({ kind: 'single' });
  });

  it('says so when a listing is empty', () => {
    expect(readBadgeExport(encode('{"status":{"success":true},"result":[]}'), 'badgr.json')).toEqual({
      kind: 'export',
      items: [],
      problems: ['badgr.json: it lists no badges'],
    });
  });

  it(`reads the first ${MAX_IMPORT_ITEMS} entries of a longer listing and says how many were left`, () => {
    const urls = Array.from({ length: MAX_IMPORT_ITEMS + 50 }, (_, i) => `https://badges.example.org/a/${i}.json`);
    const got = readBadgeExport(encode(JSON.stringify(urls)), 'many.json');
    expect(got.kind === 'export' && got.items).toHaveLength(MAX_IMPORT_ITEMS);
    expect(got.kind === 'export' && got.problems).toEqual([
      `many.json: only the first ${MAX_IMPORT_ITEMS} of its ${MAX_IMPORT_ITEMS + 50} entries were read; one import takes at most ${MAX_IMPORT_ITEMS} badges, import the rest from a smaller file`,
    ]);
  });
});
