import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { subtreesOf } from '../../../entrypoints/content/changed-nodes';
import { candidateKey } from '../../../lib/detect/candidate';
import { findCandidates, type FindOptions, type Scope } from '../../../lib/detect/find-candidates';

const BASE = 'https://cv.example.net/feed/';
/** Cards as a feed draws them: plain ones, badges of every kind, and elements only the rare kinds' query finds. */
const CARDS = [
  '<article><h3>Post</h3><img src="/photos/1.jpg" alt="photo"><p><a href="/posts/1">read</a></p><span>like</span></article>',
  '<article><img src="/badges/ada.png" alt="badge"></article>',
  '<div class="badge-card" style="background-image:url(/b/1.png)"><a href="https://www.credly.com/badges/00000000-0000-4000-8000-000000000000">Credly</a></div>',
  '<section><script type="application/ld+json">{"type":["VerifiableCredential","OpenBadgeCredential"]}</script></section>',
  '<picture><source srcset="/badges/x.png"><img src="/photos/2.jpg" srcset="/badges/y.png 2x"></picture>',
  '<div><source class="badge" src="/badges/loose.png"><object class="badge" data="/badges/obj.svg"></object></div>',
  '<a class="badge" href="/posts/9"><img class="badge-img" style="background:url(/z.png)" src="/photos/9.jpg"></a>',
  '<div data-share-badge-id="00000000-0000-4000-8000-000000000000" data-share-badge-host="https://www.credly.com"></div>',
  '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>',
  '<img src="/badges/badge.php?hash=0123456789abcdef0123456789abcdef">',
];

const options = (picked: Element[], backgrounds: Element[]): FindOptions => ({
  backgroundImageOf: (element) => {
    backgrounds.push(element);
    return 'https://cv.example.net/b/1.png';
  },
  onPickedImage: (image) => void picked.push(image),
});

describe('a scan over many subtrees', () => {
  it('finds what a scan of each kind by its own query finds, in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: CARDS.length - 1 }), { minLength: 2, maxLength: 8 }), (cards) => {
        const { document } = parseHTML(`<!doctype html><html><body><main>${cards.map((i) => CARDS[i]).join('')}</main></body></html>`);
        const roots = [...document.querySelector('main')!.children] as unknown as Element[];
        const merged = subtreesOf(roots);
        expect(merged.parts).toBe(roots.length);
        const apart: Scope = { querySelectorAll: (selectors) => merged.querySelectorAll(selectors) };
        const seen = [[], [], [], []] as Element[][];
        const one = findCandidates(merged, BASE, options(seen[0]!, seen[1]!));
        const other = findCandidates(apart, BASE, options(seen[2]!, seen[3]!));
        expect(one.map(({ candidate }) => candidateKey(candidate))).toEqual(other.map(({ candidate }) => candidateKey(candidate)));
        expect(one.map(({ element }) => element)).toEqual(other.map(({ element }) => element));
        expect(seen[0]).toEqual(seen[2]);
        expect(seen[1]).toEqual(seen[3]);
      }),
      { numRuns: 300 },
    );
  });
});
