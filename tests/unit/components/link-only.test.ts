import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetMessages, setMessages } from '../../../components/i18n';
import { chipWord, isLinkOnly } from '../../../components/link-only';
import { chipLabel } from '../../../components/overlay/chip-view';
import { candidateForLink } from '../../../lib/detect/platform-links';
import { verifyCandidate } from '../../../lib/verify/verify-candidate';
import { createFakeHttp } from '../../support/fake-http';
import { testEnv } from '../../support/env';
import { readLocale, result } from './helpers';

async function resultFor(link: string) {
  const [found] = await verifyCandidate(candidateForLink(link)!, testEnv(createFakeHttp(() => undefined)), 'page');
  return found!;
}

beforeEach(() => setMessages('en', readLocale('en'), readLocale('en')));
afterEach(() => resetMessages());

describe('a link-only platform chip', () => {
  it('says "Link only", never a verdict, for a Coursera certificate link', async () => {
    const linkOnly = await resultFor('https://www.coursera.org/account/accomplishments/verify/AB12CD34EF56');
    expect(isLinkOnly(linkOnly)).toBe(true);
    expect(chipWord([linkOnly])).toBe('Link only');
    expect(chipLabel([linkOnly], false)).toMatch(/^Badge Lens: Link only — /);
    setMessages('de', readLocale('de'), readLocale('en'));
    expect(chipWord([linkOnly])).toBe('Nur ein Link');
  });

  it('keeps the status word for everything else, Accredible included', async () => {
    expect(chipWord([result()])).toBe('Verified');
    const accredible = await resultFor('https://www.credential.net/10a7b3c4-5d6e-7f80-9a1b-2c3d4e5f6a7b');
    expect(isLinkOnly(accredible)).toBe(false);
    expect(chipWord([accredible])).toBe('Could not verify');
  });
});
