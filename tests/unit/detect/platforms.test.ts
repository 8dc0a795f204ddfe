import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetMessages, setMessages } from '../../../components/i18n';
import { describeCandidate } from '../../../components/ResultRow';
import { startScanner } from '../../../entrypoints/content/page-scanner';
import { findCandidates } from '../../../lib/detect/find-candidates';
import { linkProbe, mayBeCandidateLink } from '../../../lib/detect/link-hints';
import { candidateForLink, platformDataUrl } from '../../../lib/detect/platform-links';
import { embedCredential, linkCredential, PLATFORM_IDS, PLATFORMS, platformById, type Platform } from '../../../lib/detect/platforms';
import { fill } from '../../../lib/detect/platforms/platform';
import { candidateSchema } from '../../../lib/protocol/schemas';
import { readLocale } from '../components/helpers';

const PAGE = 'https://cv.example.net/ada/';

/** Per platform, a credential link and one page snippet per embed, in the order of its `embeds`. */
const SAMPLES: Record<Platform, { link: string; embeds: readonly string[] }> = {
  credly: {
    link: 'https://www.credly.com/badges/4b3c2a1d-1111-4222-8333-944455556666/public_url',
    embeds: ['<div data-share-badge-id="4B3C2A1D-1111-4222-8333-944455556666" data-share-badge-host="https://www.credly.com"></div>'],
  },
  badgr: { link: 'https://badges.example.edu/public/assertions/AbC123xyz', embeds: [] },
  accredible: { link: 'https://www.credential.net/10a7b3c4-5d6e-7f80-9a1b-2c3d4e5f6a7b', embeds: [] },
  moodle: { link: 'https://moodle.example.edu/badges/badge.php?hash=3f2a9c0b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a', embeds: [] },
  'open-badge-factory': { link: 'https://openbadgefactory.com/v1/assertion/8c0f3e1d2b4a69587c6d5e4f3a2b1c0d9e8f7a6b.html', embeds: [] },
  'microsoft-learn': {
    link: 'https://learn.microsoft.com/api/credentials/share/en-us/AdaLovelace-1234/A1B2C3D4E5F60718?sharingId=0123456789ABCDEF',
    embeds: [],
  },
  coursera: { link: 'https://www.coursera.org/account/accomplishments/verify/AB12CD34EF56', embeds: [] },
  'linkedin-learning': {
    link: 'https://www.linkedin.com/learning/certificates/6f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0?trk=share',
    embeds: [],
  },
  parchment: { link: 'https://www.parchment.com/u/award/0a1b2c3d4e5f60718293a4b5c6d7e8f9', embeds: [] },
};

function scan(body: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  return findCandidates(document, PAGE);
}

/** The attribute filter the page scanner gives its MutationObserver. */
function scannerAttributeFilter(): string[] {
  let filter: string[] | undefined;
  const controller = new AbortController();
  vi.stubGlobal('location', { href: PAGE });
  vi.stubGlobal('document', parseHTML('<!doctype html><html><body></body></html>').document);
  vi.stubGlobal('addEventListener', () => undefined);
  vi.stubGlobal(
    'MutationObserver',
    class {
      observe(_target: Node, options: MutationObserverInit) {
        filter = options.attributeFilter;
      }
      disconnect() {}
    },
  );
  startScanner({ onReset() {}, onFound() {} }, controller.signal);
  controller.abort();
  return filter ?? [];
}

beforeEach(() => setMessages('en', readLocale('en'), readLocale('en')));
afterEach(() => {
  resetMessages();
  vi.unstubAllGlobals();
});

describe('the platform registry', () => {
  it('lists each platform once, with a label, and gives the protocol the same ids', () => {
    expect(new Set(PLATFORM_IDS).size).toBe(PLATFORMS.length);
    expect(PLATFORM_IDS).toEqual(PLATFORMS.map((p) => p.id));
    for (const platform of PLATFORMS) expect(platformById(platform.id).label.trim()).not.toBe('');
    expect(Object.keys(SAMPLES).sort()).toEqual([...PLATFORM_IDS].sort());
  });

  describe.each(PLATFORMS.map((platform) => [platform.id, platform] as const))('%s', (id, platform) => {
    const sample = SAMPLES[id];

    it('turns a link on one of its hosts into a candidate of this platform, on a page and behind a LinkedIn redirect', () => {
      if (platform.hosts !== 'any') expect(new URL(sample.link).hostname).toMatch(platform.hosts);
      expect(candidateForLink(sample.link)).toMatchObject({ kind: 'platform', platform: id });
      const redirect = `https://www.linkedin.com/redir/redirect?url=${encodeURIComponent(sample.link)}`;
      const found = scan(`<p><a href="${redirect}">Show credential</a></p>`);
      expect(found.map((f) => f.candidate)).toEqual([candidateForLink(sample.link)]);
      expect(found[0]?.element.localName).toBe('a');
    });

    it('its link hint is in the text of its link, written absolute or relative to a page on its host', () => {
      const url = new URL(sample.link);
      expect(platform.hints.filter((hint) => sample.link.toLowerCase().includes(hint))).not.toEqual([]);
      expect(mayBeCandidateLink(linkProbe(sample.link, PAGE))).toBe(true);
      expect(mayBeCandidateLink(linkProbe(url.pathname + url.search, `${url.origin}/elsewhere/page.html`))).toBe(true);
    });

    it('finds every embed by its selector, and the scanner watches its attribute', () => {
      expect(sample.embeds).toHaveLength(platform.embeds.length);
      const watched = scannerAttributeFilter();
      platform.embeds.forEach((embed, index) => {
        const found = scan(sample.embeds[index]!);
        expect(found).toHaveLength(1);
        expect(found[0]!.candidate).toMatchObject({ kind: 'platform', platform: id });
        expect(found[0]!.element.hasAttribute(embed.attribute)).toBe(true);
        expect(watched).toContain(embed.attribute);
      });
    });

    it('is named in the list of found items, and accepted by the protocol', () => {
      const candidate = candidateForLink(sample.link)!;
      expect(describeCandidate({ ref: 'r1', candidate, state: 'pending', results: [] })).toBe(`${platformById(id).label} badge`);
      expect(candidateSchema.safeParse(candidate).success).toBe(true);
    });

    it('resolves to its data URL, or to none when it publishes nothing verifiable', () => {
      const candidate = candidateForLink(sample.link);
      if (candidate?.kind !== 'platform') throw new Error(`no platform candidate for ${sample.link}`);
      const dataUrl = platformDataUrl(candidate);
      if (platformById(id).dataUrl) expect(dataUrl).toMatch(/^https:\/\//);
      else expect(dataUrl).toBeUndefined();
    });
  });

  it('lets a platform that owns a host decide alone: other platforms paths do not apply there', () => {
    expect(candidateForLink('https://www.credly.com/public/assertions/AbC123xyz')).toBeUndefined();
    expect(candidateForLink('https://www.credential.net/a/public/assertions/AbC123xyz')).toBeUndefined();
    expect(candidateForLink('https://www.credly.com/organizations/acme/badge.json')).toBeUndefined();
    expect(candidateForLink('https://issuer.example.org/public/assertions/AbC123xyz.json')).toMatchObject({
      platform: 'badgr',
      url: 'https://issuer.example.org/public/assertions/AbC123xyz',
    });
  });
});

describe("the platforms' link rules and embeds, read by one interpreter", () => {
  const match = /^\/(\w+)\/(\w+)$/.exec('/Ab/Cd')!;
  const url = new URL('https://Host.example:8443/Ab/Cd?x=1#y');

  it('writes a template from the match and the link, lowercasing where asked', () => {
    expect(fill('{1}-{2}', match)).toBe('Ab-Cd');
    expect(fill('{lower 1}/{2}', match)).toBe('ab/Cd');
    expect(fill('{href}|{origin}|{host}|{pathname}', match, url)).toBe(
      'https://host.example:8443/Ab/Cd?x=1#y|https://host.example:8443|host.example:8443|/Ab/Cd',
    );
    expect(fill('{3}{href}', match)).toBe('');
  });

  it('tries rules in order, matching a query parameter after the path where a rule names one', () => {
    const rules = [
      { path: /^\/page\?(\d+)$/, query: 'n', id: 'n{1}' },
      { path: /^\/(page)$/, url: '{origin}/{1}.json' },
    ];
    expect(linkCredential(rules, new URL('https://h.example/page?n=42'))).toEqual({ url: 'https://h.example/page?n=42', id: 'n42' });
    expect(linkCredential(rules, new URL('https://h.example/page?n=x'))).toEqual({ url: 'https://h.example/page.json', id: 'page' });
    expect(linkCredential(rules, new URL('https://h.example/other'))).toBeUndefined();
  });

  it('reads an embed from its trimmed attribute value', () => {
    const embed = { attribute: 'data-id', value: /^([A-F]+)$/i, url: 'https://h.example/{lower 1}', id: '{1}' };
    expect(embedCredential(embed, ' ABc ')).toEqual({ url: 'https://h.example/abc', id: 'ABc' });
    expect(embedCredential(embed, 'abz')).toBeUndefined();
  });
});
