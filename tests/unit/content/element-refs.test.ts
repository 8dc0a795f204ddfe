import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { candidateKey } from '../../../lib/detect/candidate';
import { findCandidates } from '../../../lib/detect/find-candidates';
import { createShownIndex, reconcile } from '../../../entrypoints/content/element-refs';
import { createRefBook, MAX_REFS_PER_PAGE_VIEW, type RefBook } from '../../../entrypoints/content/ref-book';

const PAGE = 'https://cv.example.net/';

/** One scan as the page scanner does it: reconcile the refs, then hand out refs for what is new. */
function scan(document: Document, refs: RefBook) {
  const shown = createShownIndex();
  const found = findCandidates(document, PAGE, { onShown: shown.add });
  const { retired, moved } = reconcile(refs, shown);
  const fresh: string[] = [];
  for (const { candidate, element } of found) {
    const key = candidateKey(candidate);
    if (!refs.refOf(key)) fresh.push(`${refs.add(key, element)}=${'url' in candidate ? new URL(candidate.url).pathname : candidate.kind}`);
  }
  return { retired, moved, fresh };
}

function page(body: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  const byId = (id: string) => document.getElementById(id) as HTMLImageElement;
  return { document: document as unknown as Document, byId };
}

describe('refs follow what each element shows', () => {
  it('an element swapped to another badge loses its ref; the new badge gets a new one', () => {
    const { document, byId } = page('<img id="a" src="/badges/valid.png">');
    const refs = createRefBook();
    expect(scan(document, refs)).toEqual({ retired: [], moved: false, fresh: ['r1=/badges/valid.png'] });
    byId('a').setAttribute('src', '/badges/tampered.png');
    expect(scan(document, refs)).toEqual({ retired: ['r1'], moved: false, fresh: ['r2=/badges/tampered.png'] });
    expect(refs.isLive('r1')).toBe(false);
    expect(refs.anchorFor('r1')).toBeUndefined();
    expect(refs.anchorFor('r2')).toBe(byId('a'));
  });

  it('an element swapped to plain artwork loses its ref, and nothing new is reported', () => {
    const { document, byId } = page('<img id="a" src="/badges/valid.png">');
    const refs = createRefBook();
    scan(document, refs);
    byId('a').setAttribute('src', '/photos/ada.jpg');
    expect(scan(document, refs)).toEqual({ retired: ['r1'], moved: false, fresh: [] });
    expect(refs.size).toBe(0);
  });

  it('a badge swapped away and back is reported again, under a ref never used before', () => {
    const { document, byId } = page('<img id="a" src="/badges/valid.png">');
    const refs = createRefBook();
    scan(document, refs);
    byId('a').setAttribute('src', '/photos/ada.jpg');
    scan(document, refs);
    byId('a').setAttribute('src', '/badges/valid.png');
    expect(scan(document, refs).fresh).toEqual(['r2=/badges/valid.png']);
  });

  it('when another element still shows the badge, the ref moves there instead of being retired', () => {
    const { document, byId } = page('<img id="a" src="/badges/valid.png"><img id="b" src="/photos/ada.jpg">');
    const refs = createRefBook();
    scan(document, refs);
    byId('b').setAttribute('src', '/badges/valid.png');
    byId('a').setAttribute('src', '/badges/other.png');
    expect(scan(document, refs)).toEqual({ retired: [], moved: true, fresh: ['r2=/badges/other.png'] });
    expect(refs.anchorFor('r1')).toBe(byId('b'));
  });

  it('a ref stays on its element while that still shows the badge, even if an earlier element shows it too', () => {
    const { document, byId } = page('<p id="top"></p><img id="a" src="/badges/valid.png">');
    const refs = createRefBook();
    scan(document, refs);
    byId('top').innerHTML = '<img id="copy" src="/badges/valid.png">';
    expect(scan(document, refs)).toEqual({ retired: [], moved: false, fresh: [] });
    expect(refs.anchorFor('r1')).toBe(byId('a'));
  });

  it('a badge removed from the page keeps its ref (no chip) and moves to the element that draws it again', () => {
    const { document, byId } = page('<div id="list"><img id="a" src="/badges/valid.png"></div>');
    const refs = createRefBook();
    scan(document, refs);
    byId('a').remove();
    expect(scan(document, refs)).toEqual({ retired: [], moved: false, fresh: [] });
    expect(refs.isLive('r1')).toBe(true);
    expect(refs.anchorFor('r1')).toBeUndefined();
    byId('list').innerHTML = '<img id="again" src="/badges/valid.png">';
    expect(scan(document, refs)).toEqual({ retired: [], moved: true, fresh: [] });
    expect(refs.anchorFor('r1')).toBe(byId('again'));
  });

  it('a link whose href changes is a new candidate', () => {
    const { document, byId } = page('<a id="l" href="/credentials/one.json">one</a>');
    const refs = createRefBook();
    scan(document, refs);
    byId('l').setAttribute('href', '/credentials/two.json');
    expect(scan(document, refs)).toEqual({ retired: ['r1'], moved: false, fresh: ['r2=/credentials/two.json'] });
  });

  it('hands out a bounded number of refs per page view, retired ones included', () => {
    const refs = createRefBook();
    const { byId } = page('<img id="a" src="/x.png">');
    for (let i = 0; i < MAX_REFS_PER_PAGE_VIEW; i++) {
      expect(refs.canIssue()).toBe(true);
      refs.add(`image:${i}`, byId('a'));
    }
    expect(refs.canIssue()).toBe(false);
  });
});
