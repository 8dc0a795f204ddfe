import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findCandidates } from '../../../lib/detect/find-candidates';
import { absoluteUrl, createLinkMemo } from '../../../lib/detect/link-memo';

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
      expect(memo.absolute(value, base)).toBe(absoluteUrl(value, base));
      expect(memo.absolute(value, base)).toBe(absoluteUrl(value, base));
    }
    expect(memo.absolute('/x.json', PAGE)).toBe('https://cv.example.net/x.json');
    expect(memo.absolute('/x.json', 'https://other.example.org/')).toBe('https://other.example.org/x.json');
    expect(memo.candidateForLink('https://a.example.org/a.json')).toEqual({ kind: 'link', url: 'https://a.example.org/a.json' });
    expect(memo.candidateForLink('https://a.example.org/a.html')).toBeUndefined();
  });
});
