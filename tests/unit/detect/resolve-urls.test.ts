import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../lib/detect/find-candidates';

const PAGE = 'https://cv.example.net/ada/profile.html';

function parse(head: string, body: string) {
  return parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;
}
const urls = (document: ReturnType<typeof parse>, pageUrl = PAGE) =>
  findCandidates(document, pageUrl).map((f) => ('url' in f.candidate ? f.candidate.url : f.candidate.kind));

/** What a browser sets once an `<img>` has loaded: linkedom has no `currentSrc` of its own. */
function loaded(document: ReturnType<typeof parse>, selector: string, currentSrc: string) {
  Object.defineProperty(document.querySelector(selector), 'currentSrc', { value: currentSrc, configurable: true });
}

describe('findCandidates: URLs resolve against what the browser uses', () => {
  it('resolves every kind of URL against <base href>, not the page', () => {
    const document = parse(
      '<base href="https://other-issuer.example.org/badges/">',
      `<img src="a.png" alt="x"><object data="b.svg"></object><picture><source srcset="c.png 2x"><img src="c.jpg"></picture>
       <a href="d.json">d</a><iframe src="e.jws"></iframe><a href="/public/assertions/Ab12">badgr</a>`,
    );
    expect(urls(document)).toEqual([
      'https://other-issuer.example.org/badges/e.jws',
      'https://other-issuer.example.org/badges/d.json',
      'https://other-issuer.example.org/public/assertions/Ab12',
      'https://other-issuer.example.org/badges/a.png',
      'https://other-issuer.example.org/badges/b.svg',
      'https://other-issuer.example.org/badges/c.png',
    ]);
  });

  it('a relative <base href> resolves against the page first, as in a browser', () => {
    expect(urls(parse('<base href="/shelf/">', '<img src="a.png">'))).toEqual(['https://cv.example.net/shelf/a.png']);
  });

  it('without a <base>, or with one a browser ignores, URLs resolve against the page (the CLI case)', () => {
    expect(urls(parse('', '<img src="a.png">'))).toEqual(['https://cv.example.net/ada/a.png']);
    expect(urls(parse('<base href="about:blank">', '<img src="a.png">'))).toEqual(['https://cv.example.net/ada/a.png']);
    expect(urls(parse('<base href="javascript:void(0)">', '<img src="a.png">'))).toEqual(['https://cv.example.net/ada/a.png']);
  });

  it('an <img> is the image the browser loaded (currentSrc), whatever its src attribute says', () => {
    const document = parse('', '<img id="swap" src="/badges/old.png" srcset="/badges/new.png 2x">');
    expect(urls(document)).toEqual(['https://cv.example.net/badges/old.png']);
    loaded(document, '#swap', 'https://cv.example.net/badges/new.png');
    expect(urls(document)).toEqual(['https://cv.example.net/badges/new.png']);
  });

  it('a loaded photo is no badge, even when the src attribute names one', () => {
    const document = parse('', '<img id="photo" src="/badges/badge.png" srcset="/me.jpg 2x">');
    loaded(document, '#photo', 'https://cv.example.net/me.jpg');
    expect(urls(document)).toEqual([]);
  });

  it('an <img> that has loaded nothing yet (currentSrc empty) falls back to its attributes', () => {
    const document = parse('<base href="https://other.example.org/">', '<img id="lazy" src="a.png"><img srcset=" b.png 1x">');
    loaded(document, '#lazy', '');
    expect(urls(document)).toEqual(['https://other.example.org/a.png', 'https://other.example.org/b.png']);
  });

  it('tells of every element showing a candidate, repeats included', () => {
    const document = parse('', '<img id="one" src="/b/x.png"><img id="two" src="/b/x.png"><a id="three" href="/c.json">c</a>');
    const shown: string[] = [];
    const found = findCandidates(document, PAGE, { limit: 1, onShown: (element, key) => shown.push(`${element.id}=${key}`) });
    expect(found).toHaveLength(1);
    expect(shown.sort()).toEqual([
      'one=image:https://cv.example.net/b/x.png',
      'three=link:https://cv.example.net/c.json',
      'two=image:https://cv.example.net/b/x.png',
    ]);
  });
});
