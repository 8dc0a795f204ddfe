import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../../lib/detect/link-memo';
import { linkProbe, mayBeCandidateLink } from '../../../lib/detect/link-hints';
import { candidateForLink } from '../../../lib/detect/platform-links';

const BASES = [
  'https://cv.example.net/ada/profile.html?tab=1#top',
  'https://www.credly.com/users/ada',
  'https://learn.example.org/public/',
  'https://moodle.example.edu/badges/',
  'https://www.linkedin.com/in/ada',
  'https://cv.example.net',
];
const PIECES = [
  '/',
  '.',
  '..',
  './',
  '../',
  '%2F',
  '%63',
  '\\',
  ' ',
  '\t',
  '?',
  '#',
  '#verify?vc=',
  'https:',
  'http:',
  '//',
  'javascript:',
  'www.credly.com',
  'CREDLY.com',
  'credential.net',
  'www.linkedin.com',
  'redir/redirect?url=',
  'learn.microsoft.com',
  'public',
  'assertions',
  'abc123',
  'badges',
  'assertion.php?b=',
  'badge.php?hash=',
  '0123456789abcdef0123456789abcdef',
  'badges/',
  'earner/earned/badge/',
  '00000000-0000-4000-8000-000000000000',
  'x.json',
  '.JWT',
  'a.jws',
  'posts',
  '1',
  'ü',
  'learning/certificates/',
  'u/award/',
  'v1/assertion/',
  'openbadgefactory.com',
  'parchment.com',
  'coursera.org',
  'account/accomplishments/certificate/',
];

/** The cheap look must never pass over a link that parsing would make a candidate. */
describe('link probe', () => {
  it('passes over only links that are not candidates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 9 }), fc.constantFrom(...BASES), (parts, base) => {
        const value = parts.join('');
        const href = absoluteUrl(value, base);
        const candidate = href === undefined ? undefined : candidateForLink(href);
        if (candidate !== undefined) expect(mayBeCandidateLink(linkProbe(value, base))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('parses `scheme:path` links of a special scheme, which are relative to a base of that scheme', () => {
    const value = 'https:badge.php?hash=0123456789abcdef0123456789abcdef';
    const base = 'https://moodle.example.edu/badges/';
    expect(candidateForLink(absoluteUrl(value, base)!)).toBeDefined();
    expect(linkProbe(value, base)).toBeUndefined();
    expect(linkProbe('mailto:ada@example.net', base)).toBe('mailto:ada@example.net');
  });

  it('never passes over a platform credential, however it is written', () => {
    const samples = [
      'https://www.credly.com/badges/00000000-0000-4000-8000-000000000000/public_url',
      'https://www.credential.net/10.1234/abcdef12',
      'https://api.badgr.io/public/assertions/AbC123xyz/image',
      'https://lms.example.org/moodle/badges/badge.php?hash=3F2A9C0B8D7E6F5A4B3C2D1E0F9A8B7C6D5E4F3A',
      'https://openbadgefactory.com/v1/assertion/8c0f3e1d2b4a69587c6d5e4f3a2b1c0d9e8f7a6b.html',
      'https://www.parchment.com/u/award/0123456789abcdef0123456789abcdef',
      'https://learn.microsoft.com/api/credentials/share/en-us/AdaLovelace-1234/A1B2C3D4E5F60718?sharingId=0123456789ABCDEF',
      'https://www.coursera.org/account/accomplishments/verify/AB12CD34EF56',
      'https://www.linkedin.com/learning/certificates/0123456789abcdef0123456789abcdef',
      'https://issuer.example.org/credentials/7.json',
    ];
    const variants = (url: URL): Array<[string, string]> => {
      const path = url.pathname + url.search;
      const dir = url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1);
      return [
        [url.href, 'https://cv.example.net/'],
        [url.href.replace(url.hostname, url.hostname.toUpperCase()), 'https://cv.example.net/'],
        [`//${url.host}${path}`, 'https://cv.example.net/a/'],
        [path, `https://${url.host}/somewhere/page.html?x=1`],
        [url.pathname.slice(dir.length) + url.search, `https://${url.host}${dir}index.html#top`],
        [`https://www.linkedin.com/redir/redirect?url=${encodeURIComponent(url.href)}`, 'https://www.linkedin.com/in/ada'],
        [`https://verifier.example.org/#verify?vc=${encodeURIComponent(url.href)}`, 'https://cv.example.net/'],
      ];
    };
    let candidates = 0;
    for (const sample of samples) {
      for (const [value, base] of variants(new URL(sample))) {
        const href = absoluteUrl(value, base);
        if (!href || !candidateForLink(href)) continue;
        candidates++;
        expect(mayBeCandidateLink(linkProbe(value, base)), `${value} against ${base}`).toBe(true);
      }
    }
    expect(candidates).toBeGreaterThanOrEqual(60);
  });

  it('passes over a feed’s ordinary links and parses what may be a credential', () => {
    const base = 'https://cv.example.net/ada/';
    expect(mayBeCandidateLink(linkProbe('/posts/17', base))).toBe(false);
    expect(mayBeCandidateLink(linkProbe('photos/17.jpg', base))).toBe(false);
    expect(mayBeCandidateLink(linkProbe('/badges/17.json', base))).toBe(true);
    expect(mayBeCandidateLink(linkProbe('https://www.credly.com/badges/x', base))).toBe(true);
    expect(mayBeCandidateLink(linkProbe('/p%6Fsts/17', base))).toBe(true);
    expect(mayBeCandidateLink(linkProbe('../public/assertions/x', 'https://h.example.org/a/b/'))).toBe(true);
  });
});
