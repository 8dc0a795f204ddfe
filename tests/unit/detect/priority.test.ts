import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../lib/detect/candidate';
import { byPriority, candidatePriority, type Visibility } from '../../../lib/detect/priority';

const image = (n: number): Candidate => ({ kind: 'image', url: `https://cv.example.net/${n}.png` });
const seen: Visibility = { shown: 'yes', nearViewport: true };
const far: Visibility = { shown: 'yes', nearViewport: false };
const loading: Visibility = { shown: 'unknown', nearViewport: true };
const hidden: Visibility = { shown: 'no', nearViewport: false };

describe('candidate priority', () => {
  it('300 hidden images and one shown badge: the shown one comes first, the hidden keep page order', () => {
    const items = [
      ...Array.from({ length: 300 }, (_, i) => ({ candidate: image(i), visibility: hidden })),
      { candidate: image(999), visibility: seen },
    ];
    const ordered = byPriority(items, (item) => candidatePriority(item.candidate, item.visibility));
    expect(ordered[0]?.candidate).toEqual(image(999));
    expect(ordered.slice(1).map((item) => item.candidate)).toEqual(items.slice(0, 300).map((item) => item.candidate));
  });

  it('ranks what a reader sees, then what may still load, then what is hidden; near the viewport before far', () => {
    const rank = (visibility: Visibility) => candidatePriority(image(1), visibility);
    expect(rank(seen)).toBeGreaterThan(rank(far));
    expect(rank(far)).toBeGreaterThan(rank(loading));
    expect(rank(loading)).toBeGreaterThan(rank(hidden));
  });

  it('among equally visible candidates, the most badge-like first', () => {
    const link: Candidate = { kind: 'link', url: 'https://a.example.org/b.json' };
    const platform: Candidate = { kind: 'platform', platform: 'credly', url: 'https://www.credly.com/badges/x', id: 'x' };
    expect(candidatePriority(platform, seen)).toBeGreaterThan(candidatePriority(link, seen));
    expect(candidatePriority(link, seen)).toBeGreaterThan(candidatePriority(image(1), seen));
  });

  it('an inline credential has no box of its own and counts as shown', () => {
    const embedded: Candidate = { kind: 'embedded', text: '{"type":"OpenBadgeCredential"}' };
    expect(candidatePriority(embedded, hidden)).toBeGreaterThan(candidatePriority(image(1), loading));
    expect(candidatePriority(embedded, hidden)).toBeGreaterThan(candidatePriority(image(1), hidden));
  });
});
