import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createLinkMemo } from '../../../lib/detect/link-memo';
import { candidateLinkSelector, HINT_LITERALS, LINK_HINT } from '../../../lib/detect/link-hints';

const BASES = [
  'https://cv.example.net/ada/profile.html?tab=1#top',
  'https://cv.example.net/scroll-feed.html',
  'https://www.credly.com/users/ada',
  'https://learn.example.org/public/',
  'https://learn.example.org/public',
  'https://x.public/a/b',
  'https://moodle.example.edu/badges/',
  'https://moodle.example.edu/ba',
  'https://h.example.org/a.json',
  'https://h.example.org/a?x=credly.co',
  'https://h.example.org/a?x=1#verif',
  'https://www.linkedin.com/in/ada',
  'https://cv.example.net',
  'https://user:pw@cv.example.net:8443/a/',
  'http://[::1]:8080/feed/',
];
/** Pieces of links: hints whole and cut, what the parser rewrites (escapes, dot segments, tabs, `\`), and characters it encodes into hex digits. */
const PIECES = [
  ...['/', '.', '..', './', '../', '/./', '?', '#', '//', '\\', ' ', '\t', '\n', ':', 'https:', 'https://', 'HTTPS://', 'javascript:'],
  ...['%2F', '%63', '%2e', 'ü', 'Ê', 'Ë', 'ª', '<', '{', '`', '"', 'ｃ'],
  ...[
    'cv.example.net',
    'cv.example.net/',
    'https://cv.example.net/',
    'https://CV.example.net/',
    'www.credly.com',
    'CREDLY.com',
    'redly.com',
  ],
  ...['credly', '.com', 'credential.net', 'ccredible.com', 'www.linkedin.com', 'redir/redirect?url=', 'learn.microsoft.com'],
  ...['public', 'assertions', 'assertions/', 'abc123', 'badges', 'adges', 'ba', 'assertion.php?b=', 'badge.php?hash='],
  ...['0123456789abcdef0123456789abcdef', 'badges/', 'earner/earned/badge/', '00000000-0000-4000-8000-000000000000'],
  ...['x.json', '.JWT', 'a.jws', 'json', 'posts', '1', 'photos', 'learning/certificates/', 'u/award/', 'v1/assertion/'],
  ...['openbadgefactory.com', 'parchment.com', 'coursera.org', 'account/accomplishments/certificate/', '#verify?vc=', 'verify'],
];

const { document } = parseHTML('<!doctype html><html><body><a>link</a><iframe></iframe></body></html>');
const link = document.querySelector('a')!;

/** What the scan makes of a link: parsed against the base, its candidate (`link-memo.ts`). */
const candidateOf = (value: string, base: string) => (value ? createLinkMemo().resolve(value, base)?.candidate : undefined);

/** Platform credentials and a credential file, as the link-probe test has them. */
const CREDENTIALS = [
  'https://www.credly.com/badges/00000000-0000-4000-8000-000000000000/public_url',
  'https://www.credential.net/10.1234/abcdef12',
  'https://api.badgr.io/public/assertions/AbC123xyz/image',
  'https://lms.example.org/moodle/badges/badge.php?hash=3F2A9C0B8D7E6F5A4B3C2D1E0F9A8B7C6D5E4F3A',
  'https://openbadgefactory.com/v1/assertion/8c0f3e1d2b4a69587c6d5e4f3a2b1c0d9e8f7a6b.html',
  'https://www.parchment.com/u/award/0123456789abcdef0123456789abcdef',
  'https://www.coursera.org/account/accomplishments/verify/AB12CD34EF56',
  'https://www.linkedin.com/learning/certificates/0123456789abcdef0123456789abcdef',
  'https://issuer.example.org/credentials/7.json',
];

/** How a page may write a link to `url` against `base`: whole, scheme-relative, root-relative, relative to a directory. */
function writings(url: URL, base: string): string[] {
  const path = url.pathname + url.search + url.hash;
  const dir = url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1);
  const onBase = new URL(base).host === url.host;
  return [url.href, `//${url.host}${path}`, ...(onBase ? [path, url.pathname.slice(dir.length) + url.search] : [])];
}

/** Rewrites the parser undoes or that change nothing it reads: a tab or newline, `\` for `/`, an escape, a dot segment, case. */
const REWRITES: Array<(text: string, at: number) => string> = [
  (text, at) => `${text.slice(0, at)}\t${text.slice(at)}`,
  (text, at) => `${text.slice(0, at)}\n${text.slice(at)}`,
  (text, at) => text.slice(0, at) + text.slice(at).replace('/', '\\'),
  (text, at) => text.slice(0, at) + text.slice(at).replace('/', '/x/../'),
  (text, at) => text.slice(0, at) + text.slice(at).replace('/', '/./'),
  (text, at) => text.slice(0, at) + text.slice(at, at + 1).toUpperCase() + text.slice(at + 1),
  (text) => ` ${text}`,
  // A fullwidth letter, which a host maps back to ASCII (IDNA).
  (text, at) => text.slice(0, at) + text.slice(at).replace(/[a-z]/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
];

describe('candidate link selector', () => {
  it('looks for every hint, each lowercase and at least 3 characters long (a shorter one would be in most links)', () => {
    expect(HINT_LITERALS).toEqual(
      expect.arrayContaining(['badges/assertion.php', 'badges/badge.php', '.json', '.jws', '.jwt', 'credly.com']),
    );
    for (const literal of HINT_LITERALS) {
      expect(literal).toBe(literal.toLowerCase());
      expect(literal.length).toBeGreaterThanOrEqual(3);
      expect(LINK_HINT.test(`x${literal.toUpperCase()}x`), literal).toBe(true);
    }
    expect(LINK_HINT.test('https://cv.example.net/badges/badge-php')).toBe(false);
  });

  it('picks every link the scan would make a candidate', () => {
    let candidates = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), fc.constantFrom(...BASES), (parts, base) => {
        const value = parts.join('');
        if (candidateOf(value, base) === undefined) return;
        candidates++;
        link.setAttribute('href', value);
        expect(link.matches(candidateLinkSelector('a', 'href', base)), `${JSON.stringify(value)} against ${base}`).toBe(true);
      }),
      { numRuns: 30_000 },
    );
    expect(candidates).toBeGreaterThan(500);
  });

  it('picks every way of writing a credential link, whatever the parser undoes', () => {
    let candidates = 0;
    const rewrite = fc.tuple(fc.integer({ min: 0, max: REWRITES.length - 1 }), fc.nat(200));
    fc.assert(
      fc.property(
        fc.constantFrom(...CREDENTIALS),
        fc.constantFrom(...BASES, 'https://www.credly.com/x/', 'https://issuer.example.org/credentials/'),
        fc.array(rewrite, { maxLength: 3 }),
        (credential, base, rewrites) => {
          const url = new URL(credential);
          const onHost = `https://${url.host}/somewhere/page.html?x=1`;
          for (const from of [base, onHost]) {
            for (const written of writings(url, from)) {
              const value = rewrites.reduce((text, [which, at]) => REWRITES[which]!(text, at % (text.length + 1)), written);
              if (candidateOf(value, from) === undefined) continue;
              candidates++;
              link.setAttribute('href', value);
              expect(link.matches(candidateLinkSelector('a', 'href', from)), `${JSON.stringify(value)} against ${from}`).toBe(true);
            }
          }
        },
      ),
      { numRuns: 5_000 },
    );
    expect(candidates).toBeGreaterThan(5_000);
  });

  it('leaves out a feed’s plain links on an ordinary page, relative or on its own origin', () => {
    const selector = candidateLinkSelector('a', 'href', 'https://cv.example.net/scroll-feed.html');
    const picked = (value: string) => {
      link.setAttribute('href', value);
      return link.matches(selector);
    };
    expect(picked('/posts/17')).toBe(false);
    expect(picked('posts/17?page=2#c')).toBe(false);
    expect(picked('https://cv.example.net/posts/17')).toBe(false);
    expect(picked('https://elsewhere.example.org/posts/17')).toBe(true);
    expect(picked('/badges/17.json')).toBe(true);
    expect(picked('/p%6Fsts/17')).toBe(true);
    expect(picked('/public/x/../assertions/1')).toBe(true);
    // A page whose own address could begin a hint picks every link.
    expect(candidateLinkSelector('a', 'href', 'https://x.public/a')).toBe('a[href]');
  });
});
