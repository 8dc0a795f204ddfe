import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../lib/detect/find-candidates';
import { mayHoldCandidates, type Probed, type QueryOptions, type Scope } from '../../../lib/detect/scan-query';

const PAGE = 'https://cv.example.net/ada/profile.html';

/** The probe's answer over `root`, run to its end. */
function probe(root: Scope, pageUrl: string, options: QueryOptions = {}): Probed {
  const steps = mayHoldCandidates(root, pageUrl, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const page = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;

/** Pieces of addresses and text that make and unmake candidates of every kind. */
const URL_PIECES = [
  ...['/', '.', '..', '?', '#', '//', '\\', ' ', '%2e', 'https://', 'data:', 'image/png;base64,iVBOR', 'https://cv.example.net/'],
  ...['https://www.credly.com/', 'badges/', '00000000-0000-4000-8000-000000000000', 'public/assertions/', 'abc123def', '.json'],
  ...['https://www.linkedin.com/', 'learning/certificates/', '0123456789abcdef0123456789abcdef', 'redir/redirect?url=', '#verify?vc='],
  ...['photos', '1', '.jpg', '.png', '.svg', 'badge', 'certif', 'posts', 'coursera.org/', 'verify/', 'ABCDEF123'],
];
const address = fc.array(fc.constantFrom(...URL_PIECES), { maxLength: 6 }).map((parts) => parts.join(''));
const word = fc.constantFrom('', 'photo', 'badge', 'My Certificate', 'read');
const quote = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** One element of a page, of any kind the scan reads. */
const element = fc.oneof(
  fc.tuple(address, word).map(([href, text]) => `<a href="${quote(href)}">${text}</a>`),
  fc.tuple(address, word).map(([src, alt]) => `<img src="${quote(src)}" alt="${alt}">`),
  fc.tuple(address, address).map(([href, src]) => `<a href="${quote(href)}"><img src="${quote(src)}"></a>`),
  address.map((src) => `<iframe src="${quote(src)}"></iframe>`),
  address.map((data) => `<object data="${quote(data)}"></object>`),
  fc
    .constantFrom('application/ld+json', 'text/javascript', 'module', 'application/vc+jwt')
    .chain((type) =>
      fc
        .constantFrom('{"@type":"Person"}', '{"type":["VerifiableCredential"]}', 'a.b.c', 'x', '"Assertion"')
        .map((text) => `<script type="${type}">${text}</script>`),
    ),
  fc
    .constantFrom('', ' xmlns:openbadges="http://openbadges.org"', ' xmlns="http://www.w3.org/2000/svg"')
    .map((ns) => `<svg${ns}><circle r="1"/></svg>`),
  fc.constantFrom('', '00000000-0000-4000-8000-000000000000', 'nope').map((id) => `<div data-share-badge-id="${id}"></div>`),
  fc.tuple(address, word).map(([url, cls]) => `<div class="${cls}" style="background: url('${quote(url)}')"></div>`),
);

/** Background images as `backgroundImageOf` reads them, from the inline style (linkedom computes no styles). */
const backgroundImageOf = (e: Element) => /url\('([^']*)'\)/.exec(e.getAttribute('style') ?? '')?.[1];

describe('whether a page may hold a candidate (the eager probe)', () => {
  it('says yes wherever the scan finds a candidate, on pages of every kind of element', () => {
    let withCandidates = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 4 }), (elements) => {
        const doc = page(elements.join(''));
        const found = findCandidates(doc, PAGE, { backgroundImageOf });
        const maybe = probe(doc, PAGE, { backgroundImageOf });
        if (found.length > 0) {
          withCandidates++;
          expect(maybe, elements.join('')).not.toBe(false);
        } else if (!maybe) refused++;
      }),
      { numRuns: 5_000 },
    );
    // Both answers are met often: the property is not held by pages that all have, or all lack, candidates.
    expect(withCandidates).toBeGreaterThan(1_000);
    expect(refused).toBeGreaterThan(500);
  });

  it('says no on an ordinary page: plain links, photos, icons, schema.org data and scripts', () => {
    const doc = page(`
      <nav><a href="/">Home</a> <a href="/about">About</a> <a href="https://news.example.org/story">Story</a></nav>
      <article><img src="/photos/17.jpg" alt="photo"><p><a href="/posts/17">read</a></p></article>
      <svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Ada"}</script>
      <script type="module">console.log(1)</script>
      <div style="background: url('/img/hero.jpg')"></div>`);
    expect(probe(doc, PAGE, { backgroundImageOf })).toBe(false);
  });

  it('tells a page that passes by a link alone (many pages without badges have a linkedin.com link) from one that passes by another element', () => {
    const link = '<footer><a href="https://www.linkedin.com/company/example">Follow us</a></footer>';
    expect(probe(page(link), PAGE)).toBe('link');
    expect(probe(page(`${link}<img src="/badges/ada.png" alt="Badge">`), PAGE)).toBe('element');
    expect(probe(page(`<img src="/badges/ada.png" alt="Badge">${link}`), PAGE)).toBe('element');
  });

  it('says yes for each kind of badge alone', () => {
    for (const body of [
      '<img src="/badges/ada.png" alt="Badge">',
      '<a href="https://www.credly.com/badges/00000000-0000-4000-8000-000000000000">my badge</a>',
      '<a href="https://example.org/assertions/1.json">assertion</a>',
      '<div data-share-badge-id="00000000-0000-4000-8000-000000000000"></div>',
      '<script type="application/ld+json">{"type":["VerifiableCredential","OpenBadgeCredential"]}</script>',
      '<svg xmlns:openbadges="http://openbadges.org"><circle r="1"/></svg>',
      '<iframe src="https://www.linkedin.com/learning/certificates/0123456789abcdef0123456789abcdef"></iframe>',
    ]) {
      expect(findCandidates(page(body), PAGE).length, body).toBeGreaterThan(0);
      expect(probe(page(body), PAGE), body).toBe(body.startsWith('<a ') || body.startsWith('<iframe') ? 'link' : 'element');
    }
  });
});
