import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findCandidates } from '../../../lib/detect/find-candidates';
import { absoluteUrl, createLinkMemo } from '../../../lib/detect/link-memo';
import { candidateForLink } from '../../../lib/detect/platform-links';

const PAGE = 'https://cv.example.net/ada/';
const FEED = Array.from(
  { length: 50 },
  (_, i) =>
    `<a href="/posts/${i}">post</a><img src="/avatars/${i}.jpg"><a href="https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fb.example.org%2F${i}.json">badge</a>`,
).join('');

afterEach(() => vi.restoreAllMocks());

describe('link memo', () => {
  it('a second scan with the same memo finds the same candidates without parsing any URL again', () => {
    const { document } = parseHTML(`<!doctype html><html><body>${FEED}</body></html>`);
    const memo = createLinkMemo();
    const first = findCandidates(document, PAGE, { memo });
    const parsed = vi.spyOn(globalThis, 'URL');
    const second = findCandidates(document, PAGE, { memo });
    expect(parsed).not.toHaveBeenCalled();
    expect(second.map((f) => f.candidate)).toEqual(first.map((f) => f.candidate));
    expect(first.map((f) => f.candidate)).toContainEqual({ kind: 'link', url: 'https://b.example.org/7.json' });
    expect(first).toHaveLength(50);
  });

  it('answers as the uncached functions do, including for URLs that do not parse', () => {
    const memo = createLinkMemo();
    for (const [value, base] of [
      ['/x.json', PAGE],
      ['javascript:alert(1)', PAGE],
      ['http://[bad', PAGE],
      ['data:image/png;base64,AA', PAGE],
      ['b.png', 'https://other.example.org/dir/'],
    ] as const) {
      const href = absoluteUrl(value, base);
      const expected = href === undefined ? undefined : { href, candidate: candidateForLink(href) };
      expect(memo.resolve(value, base)).toEqual(expected);
      expect(memo.resolve(value, base)).toEqual(expected);
    }
    expect(memo.resolve('/x.json', PAGE)).toEqual({
      href: 'https://cv.example.net/x.json',
      candidate: { kind: 'link', url: 'https://cv.example.net/x.json' },
    });
    expect(memo.resolve('/x.json', 'https://other.example.org/')?.href).toBe('https://other.example.org/x.json');
    expect(memo.resolve('https://a.example.org/a.html', PAGE)).toEqual({ href: 'https://a.example.org/a.html', candidate: undefined });
  });

  it('a first scan parses each new link once: its absolute form and its candidate come from one URL', () => {
    const plain = Array.from(
      { length: 40 },
      (_, i) => `<a href="/posts/${i}">post</a><img src="/avatars/${i}.png"><a href="/c/${i}.json">c</a>`,
    );
    const { document } = parseHTML(`<!doctype html><html><body>${plain.join('')}</body></html>`);
    const Real = URL;
    let parsed = 0;
    globalThis.URL = class extends Real {
      constructor(url: string | URL, base?: string | URL) {
        super(url, base);
        parsed++;
      }
    } as typeof URL;
    try {
      const found = findCandidates(document, PAGE, { memo: createLinkMemo() });
      expect(found).toHaveLength(80);
    } finally {
      globalThis.URL = Real;
    }
    // One per distinct link (120), plus the page URL resolved once as the elements' base.
    expect(parsed).toBeLessThanOrEqual(121);
  });
});
