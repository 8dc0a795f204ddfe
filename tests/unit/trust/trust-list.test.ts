import { describe, expect, it } from 'vitest';
import { makeResult } from '../../../lib/result/make-result';
import { pass } from '../../../lib/result/check';
import type { VouchedBy } from '../../../lib/result/types';
import { parseTrustList, trustKey, trustNoteFor, withTrust, type TrustList } from '../../../lib/trust/trust-list';

const DID = 'did:web:credentials.example-university.org';

/** The shape of the Digital Credentials Consortium's issuer registry (github.com/digitalcredentials/issuer-registry). */
const DCC_REGISTRY = JSON.stringify({
  meta: { created: '2020-11-04T19:53:24.785Z', updated: '2023-03-22T16:07:10.208Z', name: 'DCC Sandbox Registry' },
  registry: {
    'did:key:z6MkpLDL3RoAoMRTwTgo3rs39ZwssxaPKtM4tPVAdvTq9ng6': {
      name: 'Digital Credentials Consortium (TEST)',
      url: 'https://digitalcredentials.mit.edu/',
      location: 'Cambridge, MA, USA',
    },
    [DID]: { name: 'Example University', url: 'https://www.example-university.org' },
  },
});

describe('parseTrustList', () => {
  it('reads a DCC issuer registry, its name from meta', () => {
    const parsed = parseTrustList(DCC_REGISTRY, 'file.json');
    expect(parsed).toEqual({
      ok: true,
      list: {
        name: 'DCC Sandbox Registry',
        entries: [
          { id: 'did:key:z6MkpLDL3RoAoMRTwTgo3rs39ZwssxaPKtM4tPVAdvTq9ng6', label: 'Digital Credentials Consortium (TEST)' },
          { id: DID, label: 'Example University' },
        ],
      },
    });
  });

  it('reads a plain list of DIDs and https origins, named after its file', () => {
    expect(
      parseTrustList(
        JSON.stringify([`${DID}#key-1`, 'https://badges.example-university.org/issuer.json', { id: 'https://x.example', name: 'X' }]),
        'mine.json',
      ),
    ).toEqual({
      ok: true,
      list: {
        name: 'mine.json',
        entries: [{ id: DID }, { id: 'https://badges.example-university.org' }, { id: 'https://x.example', label: 'X' }],
      },
    });
    expect(parseTrustList(JSON.stringify({ name: 'Partners', issuers: [DID] }), 'f')).toMatchObject({
      ok: true,
      list: { name: 'Partners' },
    });
  });

  it.each([
    ['{not json', 'not JSON'],
    ['{"hello": 1}', 'neither a DCC issuer registry'],
    ['[]', 'names no issuers'],
    ['["http://plain.example.org"]', 'entry 1 is not a DID or an https origin'],
    ['[42]', 'entry 1'],
    ['"did:web:x"', 'neither'],
  ])('malformed %s: %s, and no list', (text, message) => {
    const parsed = parseTrustList(text, 'f');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });

  it('trustKey', () => {
    expect(trustKey(' https://a.example:8443/x?y ')).toBe('https://a.example:8443');
    expect(trustKey('did:key:z6Mk#z6Mk')).toBe('did:key:z6Mk');
    expect(trustKey('ftp://a.example')).toBeUndefined();
  });
});

describe('trust notes', () => {
  const lists: TrustList[] = [{ name: 'Pinned', entries: [{ id: DID, label: 'Example University' }] }];
  const result = (vouchedBy: VouchedBy | undefined, vouches = true) =>
    makeResult(
      {
        source: 's',
        format: 'ob3-di',
        checks: vouches ? [pass('proof', 'proof.ok')] : [],
        credential: { issuer: { name: 'Example University', nameTrust: 'self-declared', ...(vouchedBy ? { vouchedBy } : {}) } },
        assurance: 'signed',
      },
      0,
    );

  it('known when the DID or origin that vouched is on a list; the name then counts as confirmed', () => {
    const r = result({ kind: 'did', value: DID });
    expect(trustNoteFor(r, lists)).toEqual({ known: true, list: 'Pinned' });
    const trusted = withTrust(r, lists);
    expect(trusted.credential.issuer?.nameTrust).toBe('trust-list');
    expect(trusted.status).toBe(r.status);
  });

  it('not known: another voucher, no voucher (a claimed issuer id does not count), no lists', () => {
    expect(trustNoteFor(result({ kind: 'origin', value: 'https://harvard-edu.example.org' }), lists)).toEqual({ known: false });
    expect(trustNoteFor(result(undefined), lists)).toEqual({ known: false });
    expect(trustNoteFor(result({ kind: 'did', value: DID }), [])).toEqual({ known: false });
    expect(withTrust(result(undefined), lists).credential.issuer?.nameTrust).toBe('self-declared');
  });
});
