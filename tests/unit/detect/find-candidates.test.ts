import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { candidateKey } from '../../../lib/detect/candidate';
import { findCandidates, scanCandidates } from '../../../lib/detect/find-candidates';
import { candidateForLink, platformDataUrl, unwrapLink } from '../../../lib/detect/platform-links';

const PAGE = 'https://cv.example.net/ada/';
const UUID = '4b3c2a1d-1111-4222-8333-944455556666';

function scan(body: string, options: Parameters<typeof findCandidates>[2] = {}) {
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  return findCandidates(document, PAGE, options);
}
const kinds = (body: string) => scan(body).map((f) => f.candidate);

describe('findCandidates', () => {
  it.each([
    ['<img src="/badges/python.png" alt="Python">', { kind: 'image', url: 'https://cv.example.net/badges/python.png' }],
    ['<img src="https://cdn.example.org/b/cert.svg">', { kind: 'image', url: 'https://cdn.example.org/b/cert.svg' }],
    [
      '<img src="https://api.example.org/public/thing/image" alt="My badge">',
      { kind: 'image', url: 'https://api.example.org/public/thing/image' },
    ],
    [
      '<picture><source srcset="/b/x.png 2x"><img src="/b/x-small.jpg"></picture>',
      { kind: 'image', url: 'https://cv.example.net/b/x.png' },
    ],
    ['<object data="/b/badge.svg" type="image/svg+xml"></object>', { kind: 'image', url: 'https://cv.example.net/b/badge.svg' }],
    ['<a href="/credentials/ada.json">JSON</a>', { kind: 'link', url: 'https://cv.example.net/credentials/ada.json' }],
    ['<a href="https://issuer.example.org/a/1.jws">signed</a>', { kind: 'link', url: 'https://issuer.example.org/a/1.jws' }],
    [`<a href="https://www.credly.com/badges/${UUID}/public_url">Credly</a>`, { kind: 'platform', platform: 'credly', id: UUID }],
    [`<a href="https://www.youracclaim.com/badges/${UUID}">Acclaim</a>`, { kind: 'platform', platform: 'credly', id: UUID }],
    [
      `<div data-share-badge-id="${UUID}" data-share-badge-host="https://www.credly.com"></div>`,
      { kind: 'platform', platform: 'credly', id: UUID },
    ],
    [`<iframe src="https://www.credly.com/embedded_badge/${UUID}"></iframe>`, { kind: 'platform', platform: 'credly', id: UUID }],
    [
      '<blockquote class="badgr-badge"><a href="https://api.badgr.io/public/assertions/AbC123xyz?identity__email=a%40b.c"><img src="https://api.badgr.io/public/assertions/AbC123xyz/image"></a></blockquote>',
      { kind: 'platform', platform: 'badgr', url: 'https://api.badgr.io/public/assertions/AbC123xyz' },
    ],
    [
      '<a href="https://www.credential.net/10a7b3c4-5d6e-7f80-9a1b-2c3d4e5f6a7b#acc.x">Accredible</a>',
      { kind: 'platform', platform: 'accredible' },
    ],
    ['<script type="application/ld+json">{"@context":"https://w3id.org/openbadges/v2","type":"Assertion"}</script>', { kind: 'embedded' }],
    [
      '<script type="application/jwt">eyJhbGciOiJSUzI1NiJ9.eyJhIjoxfQ.c2ln</script>',
      { kind: 'embedded', text: 'eyJhbGciOiJSUzI1NiJ9.eyJhIjoxfQ.c2ln' },
    ],
    ['<script type="application/vc+ld+json">{"type":["VerifiableCredential","OpenBadgeCredential"]}</script>', { kind: 'embedded' }],
  ])('finds %s', (html, expected) => {
    const found = kinds(html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it.each([
    ['a photo', '<img src="/me.jpg" alt="Ada">'],
    ['a logo that is no badge', '<img src="/logo.webp" class="badge">'],
    ['schema.org data', '<script type="application/ld+json">{"@type":"Person","name":"Ada"}</script>'],
    ['an ordinary script', '<script>var openbadges = 1;</script>'],
    ['ordinary links', '<a href="/about">About</a><a href="mailto:a@b.c">mail</a><a href="javascript:alert(1)">x</a>'],
    ['a Credly page that is no badge', '<a href="https://www.credly.com/organizations/acme">Acme</a>'],
    ['a malformed Credly embed', '<div data-share-badge-id="not-a-uuid"></div>'],
    ['an inline SVG without a badge', '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>'],
  ])('ignores %s', (_name, html) => {
    expect(kinds(html)).toEqual([]);
  });

  it('finds inline SVG carrying a badge element by namespace', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="https://issuer.example.org/a/1.json"></openbadges:assertion><circle r="4"/></svg>';
    const [found] = scan(`<p>${svg}</p>`);
    expect(found?.candidate.kind).toBe('svg-markup');
    // biome-ignore lint/correctness/noUnsafeOptionalChaining: with nothing found the test fails here either way
    expect((found?.candidate as { markup: string }).markup).toContain('openbadges:assertion');
    expect(found?.element.tagName.toLowerCase()).toBe('svg');
  });

  it('unwraps LinkedIn redirect links', () => {
    const target = `https://www.credly.com/badges/${UUID}/linked_in_profile`;
    const found = kinds(
      `<a href="https://www.linkedin.com/redir/redirect?url=${encodeURIComponent(target)}&urlhash=x">Show credential</a>`,
    );
    expect(found).toEqual([{ kind: 'platform', platform: 'credly', url: target, id: UUID }]);
  });

  it('reads VerifierPlus-style #verify?vc= links', () => {
    expect(unwrapLink('https://verifierplus.org/#verify?vc=https%3A%2F%2Fissuer.example.org%2Fvc%2F1.json')).toBe(
      'https://issuer.example.org/vc/1.json',
    );
    expect(candidateForLink('https://verifierplus.org/#verify?vc=https%3A%2F%2Fissuer.example.org%2Fvc%2F1.json')).toEqual({
      kind: 'link',
      url: 'https://issuer.example.org/vc/1.json',
    });
  });

  it('reports a badge once however often it appears, and remembers across scans', () => {
    const html = `<img src="/b/x.png"><img src="/b/x.png"><a href="https://www.credly.com/badges/${UUID}">a</a><div data-share-badge-id="${UUID}"></div>`;
    const seen = new Set<string>();
    expect(scan(html, { seen })).toHaveLength(2);
    expect(scan(html, { seen })).toHaveLength(0);
  });

  it('stops at the per-page cap', () => {
    const html = Array.from({ length: 400 }, (_, i) => `<img src="/b/${i}.png">`).join('');
    expect(scan(html)).toHaveLength(300);
  });

  it('asks for CSS backgrounds only through the hook', () => {
    const html = '<div class="badge-tile" style="background-image:url(/b/bg.png)"></div>';
    expect(scan(html)).toEqual([]);
    const found = scan(html, { backgroundImageOf: (el) => /url\((.*)\)/.exec(el.getAttribute('style') ?? '')?.[1] });
    expect(found.map((f) => f.candidate)).toEqual([{ kind: 'image', url: 'https://cv.example.net/b/bg.png' }]);
  });

  it('keys candidates stably', () => {
    expect(candidateKey({ kind: 'image', url: 'https://a/b.png' })).toBe(candidateKey({ kind: 'image', url: 'https://a/b.png' }));
    expect(candidateKey({ kind: 'embedded', text: 'a' })).not.toBe(candidateKey({ kind: 'embedded', text: 'b' }));
  });
});

describe('platform data', () => {
  it('resolves Credly to its public OBI v2 endpoint, Badgr to the assertion, Accredible to nothing', () => {
    expect(platformDataUrl({ kind: 'platform', platform: 'credly', url: 'x', id: UUID })).toBe(
      `https://api.credly.com/v1/obi/v2/badge_assertions/${UUID}`,
    );
    expect(platformDataUrl({ kind: 'platform', platform: 'badgr', url: 'https://api.badgr.io/public/assertions/A1', id: 'a' })).toBe(
      'https://api.badgr.io/public/assertions/A1',
    );
    expect(platformDataUrl({ kind: 'platform', platform: 'accredible', url: 'x', id: 'y' })).toBeUndefined();
  });
});

describe('findCandidates: an image without a telling source is looked at for its alt, class, title or link', () => {
  it.each([
    ['alt', '<img src="https://cdn.example.org/i/42" alt="My Open BADGE">'],
    ['class', '<img src="https://cdn.example.org/i/42" class="Credential-art">'],
    ['title', '<img src="https://cdn.example.org/i/42" title="Assertion of skill">'],
    ['title (certif…)', '<img src="https://cdn.example.org/i/42" title="Certified">'],
    ['link around it', '<a href="/my/badges/1"><img src="https://cdn.example.org/i/42"></a>'],
  ])('its %s says badge: a candidate', (_where, html) => {
    expect(kinds(html)).toEqual([{ kind: 'image', url: 'https://cdn.example.org/i/42' }]);
  });

  it('nothing says badge: not a candidate', () => {
    expect(kinds('<a href="/posts/1"><img src="https://cdn.example.org/i/42" alt="photo" class="wide" title="Lake"></a>')).toEqual([]);
  });
});

describe('scanCandidates', () => {
  it('gives findCandidates’ answer one step at a time, in the same order', () => {
    const body =
      '<a href="/c/1.json">1</a><img src="/badges/2.png"><script type="application/jwt">eyJhbGciOiJSUzI1NiJ9.eyJhIjoxfQ.c2ln</script><a href="/c/3.json">3</a>';
    const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
    const steps = scanCandidates(document, PAGE);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    expect(count).toBeGreaterThanOrEqual(4);
    expect(step.value.map((f) => candidateKey(f.candidate))).toEqual(findCandidates(document, PAGE).map((f) => candidateKey(f.candidate)));
    expect(step.value.map((f) => f.candidate.kind)).toEqual(['embedded', 'link', 'link', 'image']);
  });
});
