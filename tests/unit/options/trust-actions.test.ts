import { describe, expect, it } from 'vitest';
import { fetchTrustList, pinIssuer, withList } from '../../../entrypoints/options/trust-actions';
import { PINNED_LIST, type TrustList } from '../../../lib/trust/trust-list';

const DID = 'did:web:credentials.example-university.org';
const answer = (status: number, body: string) => (async () => new Response(body, { status })) as unknown as typeof fetch;

describe('trust list actions', () => {
  it('pins into the pinned list, made when missing, replacing the same issuer', () => {
    const once = pinIssuer([], `${DID}#key-1`, ' Example University ');
    expect(once).toEqual([{ name: PINNED_LIST, entries: [{ id: DID, label: 'Example University' }] }]);
    expect(pinIssuer(once!, DID, 'EU')?.[0]?.entries).toEqual([{ id: DID, label: 'EU' }]);
    expect(pinIssuer(once!, 'https://badges.example.org/x', '')?.[0]?.entries).toHaveLength(2);
    expect(pinIssuer([], 'Example University', 'x')).toBeUndefined();
    expect(pinIssuer([], 'http://plain.example.org', 'x')).toBeUndefined();
  });

  it('a list from the same source replaces the old one', () => {
    const a: TrustList = { name: 'A', entries: [{ id: DID }], source: 'https://lists.example/a.json' };
    const b: TrustList = { ...a, name: 'A2' };
    expect(withList([a], b)).toEqual([b]);
    expect(withList([a], { name: 'file.json', entries: [] })).toHaveLength(2);
  });

  it('fetches https lists only; a bad answer or malformed list gives a reason and no list', async () => {
    const ok = await fetchTrustList(
      'https://lists.example/reg.json',
      answer(200, JSON.stringify({ meta: { name: 'Reg' }, registry: { [DID]: { name: 'EU' } } })),
    );
    expect(ok).toMatchObject({
      ok: true,
      list: { name: 'Reg', source: 'https://lists.example/reg.json', entries: [{ id: DID, label: 'EU' }] },
    });
    expect(await fetchTrustList('http://lists.example/reg.json', answer(200, '[]'))).toEqual({
      ok: false,
      error: 'only https addresses are fetched',
    });
    expect(await fetchTrustList('https://lists.example/gone', answer(404, ''))).toEqual({ ok: false, error: 'HTTP 404' });
    expect(await fetchTrustList('https://lists.example/bad', answer(200, '<html>'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('not JSON'),
    });
    expect(await fetchTrustList('not a url')).toEqual({ ok: false, error: 'not an address' });
  });
});
