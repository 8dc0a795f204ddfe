import { describe, expect, it } from 'vitest';
import { candidateForLink, platformDataUrl } from '../../../lib/detect/platform-links';
import { verifyCandidate } from '../../../lib/verify/verify-candidate';
import { createFakeHttp } from '../../support/fake-http';
import { testEnv } from '../../support/env';

const UUID = '4b3c2a1d-1111-4222-8333-944455556666';

function dataUrlOf(link: string): string | undefined {
  const candidate = candidateForLink(link);
  if (candidate?.kind !== 'platform') throw new Error(`no platform candidate for ${link}`);
  return platformDataUrl(candidate);
}

describe('the badge hosts found in the wild', () => {
  it.each([
    `https://www.credly.com/earner/earned/badge/${UUID}`,
    `https://www.credly.com/earner/earned/share/${UUID}`,
    `https://www.credly.com/earner/earned/share/${UUID.toUpperCase()}/`,
    `https://credly.com/badges/${UUID}/linked_in_profile`,
  ])('Credly %s is the badge, read from its OB 2.0 assertion', (link) => {
    expect(candidateForLink(link)).toMatchObject({ platform: 'credly', id: UUID });
    expect(dataUrlOf(link)).toBe(`https://api.credly.com/v1/obi/v2/badge_assertions/${UUID}`);
  });

  it.each([
    [
      'https://moodle.example.edu/badges/assertion.php?b=3f2a9c0b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a&obversion=2',
      'https://moodle.example.edu/badges/assertion.php?b=3f2a9c0b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a&obversion=2',
    ],
    [
      'https://lms.example.org/moodle/badges/badge.php?hash=3F2A9C0B8D7E6F5A4B3C2D1E0F9A8B7C6D5E4F3A',
      'https://lms.example.org/moodle/badges/assertion.php?b=3f2a9c0b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a&obversion=2',
    ],
    [
      'https://openbadgefactory.com/v1/assertion/8c0f3e1d2b4a69587c6d5e4f3a2b1c0d9e8f7a6b.html',
      'https://openbadgefactory.com/v1/assertion/8c0f3e1d2b4a69587c6d5e4f3a2b1c0d9e8f7a6b.json',
    ],
    [
      'https://openbadgefactory.com/obv3/credentials/8c0f3e1d2b4a69587c6d5e4f3a2b1c0d9e8f7a6b',
      'https://openbadgefactory.com/obv3/credentials/8c0f3e1d2b4a69587c6d5e4f3a2b1c0d9e8f7a6b',
    ],
  ])('%s is read from %s', (link, data) => {
    expect(dataUrlOf(link)).toBe(data);
  });

  it('leaves Moodle pages without a badge hash alone', () => {
    expect(candidateForLink('https://moodle.example.edu/badges/badge.php?hash=not-a-hash')).toBeUndefined();
    expect(candidateForLink('https://moodle.example.edu/badges/view.php?type=1')).toBeUndefined();
    expect(candidateForLink('https://openbadgefactory.com/en/pricing')).toBeUndefined();
  });

  it.each([
    [
      'microsoft-learn',
      'https://learn.microsoft.com/api/credentials/share/de-de/AdaLovelace-1234/A1B2C3D4E5F60718?sharingId=0123456789ABCDEF',
    ],
    ['microsoft-learn', 'https://learn.microsoft.com/en-us/users/adalovelace-1234/transcript/d8yjji2l0k5n0pp'],
    ['coursera', 'https://www.coursera.org/account/accomplishments/specialization/certificate/AB12CD34EF56'],
    ['coursera', 'https://www.coursera.org/account/accomplishments/professional-cert/AB12CD34EF56'],
    ['coursera', 'https://coursera.org/verify/AB12CD34EF56'],
    ['coursera', 'https://www.coursera.org/share/0123456789abcdef0123456789abcdef'],
    [
      'linkedin-learning',
      'https://www.linkedin.com/learning/certificates/6f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0?lipi=urn%3Ali%3Apage',
    ],
    ['parchment', 'https://www.parchment.com/u/award/0a1b2c3d4e5f60718293a4b5c6d7e8f9'],
  ])('%s %s is a link-only platform page', (platform, link) => {
    expect(candidateForLink(link)).toMatchObject({ kind: 'platform', platform });
    expect(dataUrlOf(link)).toBeUndefined();
  });

  it('keeps Parchment badges (Badgr) and other LinkedIn and Coursera pages apart', () => {
    expect(candidateForLink('https://badges.parchment.com/public/assertions/AbC123xyz')).toMatchObject({ platform: 'badgr' });
    expect(candidateForLink('https://www.linkedin.com/in/ada-lovelace/')).toBeUndefined();
    expect(candidateForLink('https://www.coursera.org/learn/machine-learning')).toBeUndefined();
    expect(candidateForLink('https://learn.microsoft.com/en-us/training/')).toBeUndefined();
  });

  it('says "link only" for a link-only platform, never a tick, and fetches nothing', async () => {
    const http = createFakeHttp(() => undefined);
    const candidate = candidateForLink('https://www.coursera.org/account/accomplishments/verify/AB12CD34EF56')!;
    const [result] = await verifyCandidate(candidate, testEnv(http), 'page');
    expect(result).toMatchObject({ status: 'unverifiable', assurance: 'none', checks: [{ outcome: 'fail', code: 'platform.link-only' }] });
    expect(http.requests).toEqual([]);
  });
});
