import { describe, expect, it } from 'vitest';
import { checkIssuerLinks, keyVouch, originVouch, sameSite, siteOf, vouchedByShort, vouchSite } from '../../../lib/checks/vouched-by';
import type { VerificationKey } from '../../../lib/keys/types';

const key = (k: Partial<VerificationKey> & Pick<VerificationKey, 'id' | 'source'>): VerificationKey => ({
  material: { kind: 'jwk', jwk: {} },
  controllerProven: false,
  ...k,
});

describe('who vouched', () => {
  it('an origin is the https origin of the URL that served, nothing for other schemes', () => {
    expect(originVouch('https://Issuer.Example.org:8443/profile.json?x#y')).toEqual({
      kind: 'origin',
      value: 'https://issuer.example.org:8443',
    });
    expect(originVouch('urn:uuid:1')).toBeUndefined();
    expect(originVouch('did:web:example.org')).toBeUndefined();
    expect(originVouch(undefined)).toBeUndefined();
  });

  it('a key speaks for its proven controller, else for the DID or origin that served it, else for no one', () => {
    expect(
      keyVouch(key({ id: 'did:web:x.example#k', source: 'did:web', controller: 'did:web:x.example', controllerProven: true })),
    ).toEqual({ kind: 'did', value: 'did:web:x.example' });
    expect(keyVouch(key({ id: 'did:key:z6Mk1#z6Mk1', source: 'did:key', controller: 'did:key:z6Mk1', controllerProven: true }))).toEqual({
      kind: 'did',
      value: 'did:key:z6Mk1',
    });
    expect(
      keyVouch(
        key({ id: 'https://keys.example.org/k1', source: 'https', controller: 'https://example.org/issuer', controllerProven: true }),
      ),
    ).toEqual({ kind: 'origin', value: 'https://example.org' });
    // A controller only claimed next to the key is not who vouched: the host that served the key is.
    expect(keyVouch(key({ id: 'https://keys.example.org/k1', source: 'https', controller: 'https://harvard.edu/issuer' }))).toEqual({
      kind: 'origin',
      value: 'https://keys.example.org',
    });
    expect(keyVouch(key({ id: 'the key in the JWT header', source: 'jwk-header' }))).toBeUndefined();
    expect(
      keyVouch(key({ id: 'https://harvard.edu/issuer#z6Mk1', source: 'fragment-multikey', controller: 'https://harvard.edu/issuer' })),
    ).toBeUndefined();
  });

  it('shortens for display: a host, a did:web as is, a long DID cut in the middle', () => {
    expect(vouchedByShort({ kind: 'origin', value: 'https://harvard-edu.example.org' })).toBe('harvard-edu.example.org');
    expect(vouchedByShort({ kind: 'did', value: 'did:web:credentials.example-university.org' })).toBe(
      'did:web:credentials.example-university.org',
    );
    const long = 'did:key:z6MksiiwEYpRFemwj72YAh8cwTGUtH5Zr8pikMHwvek3FCU3';
    const short = vouchedByShort({ kind: 'did', value: long });
    expect(short.length).toBeLessThan(long.length);
    expect(short).toMatch(/^did:key:z6Mk.*…k3FCU3$/);
  });
});

describe('issuer url and image on another site', () => {
  const harvardLookalike = { kind: 'origin', value: 'https://harvard-edu.example.org' } as const;

  it('the look-alike: a url and a logo on harvard.edu, vouched for by harvard-edu.example.org, warn', () => {
    const checks = checkIssuerLinks(harvardLookalike, {
      url: 'https://harvard.edu',
      image: { id: 'https://harvard.edu/logo.png' },
      pointer: '/issuer',
    });
    expect(checks.map((c) => [c.outcome, c.code, c.pointer])).toEqual([
      ['fail', 'issuer.url-other-site', '/issuer/url'],
      ['fail', 'issuer.image-other-site', '/issuer/image'],
    ]);
    expect(checks[0]!.detail).toContain('harvard.edu');
    expect(checks[0]!.detail).toContain('harvard-edu.example.org');
  });

  it('the same site passes (no check), a data: image is on no site, nothing is said when nobody vouched', () => {
    const own = { kind: 'origin', value: 'https://badges.example.edu' } as const;
    expect(checkIssuerLinks(own, { url: 'https://badges.example.edu/about', image: 'https://badges.example.edu/logo.png' })).toEqual([]);
    expect(checkIssuerLinks(own, { image: 'data:image/png;base64,iVBORw0KGgo=' })).toEqual([]);
    expect(checkIssuerLinks(undefined, { url: 'https://harvard.edu' })).toEqual([]);
  });

  it('a subdomain of the same registrable domain is the same site (parent, child and sibling)', () => {
    const credentials = { kind: 'origin', value: 'https://credentials.example.edu' } as const;
    expect(checkIssuerLinks(credentials, { url: 'https://www.example.edu', image: 'https://example.edu/logo.png' })).toEqual([]);
    expect(checkIssuerLinks({ kind: 'origin', value: 'https://badges.ox.ac.uk' }, { url: 'https://www.ox.ac.uk' })).toEqual([]);
    expect(
      checkIssuerLinks({ kind: 'origin', value: 'https://badges.ox.ac.uk' }, { url: 'https://www.cam.ac.uk' }).map((c) => c.code),
    ).toEqual(['issuer.url-other-site']);
    // Neighbours on a shared host are different sites.
    expect(
      checkIssuerLinks({ kind: 'origin', value: 'https://alice.github.io' }, { url: 'https://bob.github.io' }).map((c) => c.code),
    ).toEqual(['issuer.url-other-site']);
  });

  it('a did:web vouches for its domain; a did:key or did:jwk for no site, so any web url warns', () => {
    expect(vouchSite({ kind: 'did', value: 'did:web:credentials.example.edu%3A8443:issuers:1' })).toBe('credentials.example.edu');
    expect(checkIssuerLinks({ kind: 'did', value: 'did:web:credentials.example.edu' }, { url: 'https://www.example.edu' })).toEqual([]);
    expect(checkIssuerLinks({ kind: 'did', value: 'did:key:z6Mk1' }, { url: 'https://harvard.edu' }).map((c) => c.code)).toEqual([
      'issuer.url-other-site',
    ]);
  });

  it('approximates the registrable domain without a public-suffix list', () => {
    expect(siteOf('a.b.example.org')).toBe('example.org');
    expect(siteOf('badges.ox.ac.uk')).toBe('ox.ac.uk');
    expect(siteOf('alice.github.io')).toBe('alice.github.io');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(sameSite('harvard-edu.example.org', 'harvard.edu')).toBe(false);
    expect(sameSite('harvard.edu.example.org', 'harvard.edu')).toBe(false);
    expect(sameSite('badges.harvard.edu', 'HARVARD.edu')).toBe(true);
  });
});
