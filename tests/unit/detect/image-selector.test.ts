import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findCandidates, tagSelectorFor } from '../../../lib/detect/find-candidates';
import { absoluteUrl } from '../../../lib/detect/link-memo';

const BASES = [
  'https://cv.example.net/scroll-feed.html',
  'https://cv.example.net/ada/profile.html?tab=1#top',
  'https://www.credly.com/users/ada/',
  'https://learn.example.org/badges/',
  'https://h.example.org/certificates',
  'https://h.example.org/a.svg',
];
const PIECES = [
  ...['/', '.', '..', '/./', '?', '#', '//', '\\', ' ', '\t', ':', 'https://', 'data:', 'image/png;base64,', 'image/svg+xml,'],
  ...['%2e', '%62', 'ü', 'Ê', 'º', '<', 'https://cv.example.net/', 'https://www.credly.com/', 'cv.example.net'],
  ...[
    'photos',
    '1',
    '.jpg',
    '.png',
    '.PNG',
    '.svg',
    'png',
    'svg',
    'badge',
    'Badge',
    'adge',
    'badges/',
    'credential',
    'assertion',
    'certif',
  ],
  ...['public/assertions/', 'abc123', 'image', 'x.json', 'icon', '00000000-0000-4000-8000-000000000000', 'earner'],
];
const TEXTS = ['', 'photo', 'badge', 'My Certificate', 'credentials'];

const { document } = parseHTML('<!doctype html><html><body><main></main></body></html>');
const main = document.querySelector('main')!;

/** A feed photo as a browser holds it: `currentSrc` is its `src` resolved against the base it loaded with. */
function photo(src: string | undefined, loadedAgainst: string, alt: string, link: string | undefined): Element {
  main.innerHTML = link === undefined ? '<img>' : '<a><img></a>';
  if (link !== undefined) main.querySelector('a')!.setAttribute('href', link);
  const image = main.querySelector('img')!;
  if (src !== undefined) image.setAttribute('src', src);
  if (alt) image.setAttribute('alt', alt);
  const currentSrc = src === undefined ? '' : (absoluteUrl(src, loadedAgainst) ?? '');
  Object.defineProperty(image, 'currentSrc', { value: currentSrc, configurable: true });
  return image;
}

describe('image selector', () => {
  it('picks every image the scan would take, whatever base it loaded with among those read', () => {
    let taken = 0;
    fc.assert(
      fc.property(
        fc.option(fc.array(fc.constantFrom(...PIECES), { maxLength: 7 }), { nil: undefined }),
        fc.constantFrom(...BASES),
        fc.constantFrom(...BASES),
        fc.constantFrom(...TEXTS),
        fc.option(fc.constantFrom('/posts/1', '/badges/1', 'https://www.credly.com/x'), { nil: undefined }),
        (parts, base, loadedAgainst, alt, link) => {
          const image = photo(parts?.join(''), loadedAgainst, alt, link);
          const found = findCandidates({ querySelectorAll: (selectors) => [image].filter((e) => e.matches(selectors)) }, loadedAgainst);
          if (found.length === 0) return;
          taken++;
          expect(image.matches(tagSelectorFor(base, [base, loadedAgainst])), `${main.innerHTML} against ${base}`).toBe(true);
        },
      ),
      { numRuns: 20_000 },
    );
    expect(taken).toBeGreaterThan(2_000);
  });

  it('leaves out a feed’s plain photos on an ordinary page', () => {
    const base = 'https://cv.example.net/scroll-feed.html';
    const selector = tagSelectorFor(base, [base]);
    expect(photo('/photos/17.jpg', base, 'photo', undefined).matches(selector)).toBe(false);
    expect(photo('https://cv.example.net/photos/17.jpg', base, 'photo', '/posts/17').matches(selector)).toBe(false);
    expect(photo('/photos/17.png', base, 'photo', undefined).matches(selector)).toBe(true);
    expect(photo('/photos/17.jpg', base, 'my badge', undefined).matches(selector)).toBe(true);
    expect(photo('/photos/17.jpg', base, '', '/badges/17').matches(selector)).toBe(true);
    expect(photo(undefined, base, '', undefined).matches(selector)).toBe(true);
  });

  it('tells images apart with one selector of the list (each costs every element of a query a check)', () => {
    const base = 'https://cv.example.net/scroll-feed.html';
    const selector = tagSelectorFor(base, [base]);
    const topLevel: string[] = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < selector.length; i++) {
      if (selector[i] === '(') depth++;
      else if (selector[i] === ')') depth--;
      else if (selector[i] === ',' && depth === 0) {
        topLevel.push(selector.slice(start, i).trim());
        start = i + 1;
      }
    }
    topLevel.push(selector.slice(start).trim());
    /** A selector with what its parentheses hold taken out: the compounds it names itself. */
    const bare = (each: string) => {
      let text = each;
      while (/\([^()]*\)/.test(text)) text = text.replace(/\([^()]*\)/g, '');
      return text;
    };
    expect(topLevel.filter((each) => /(^|[\s>])img\b/.test(bare(each)))).toHaveLength(1);
    main.innerHTML = '<picture><img src="/photos/1.jpg"></picture>';
    expect(main.querySelector('img')!.matches(selector)).toBe(true);
  });
});
