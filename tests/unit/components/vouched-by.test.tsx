import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { issuerLine } from '../../../components/credential-text';
import { setMessages } from '../../../components/i18n';
import { chipLabel } from '../../../components/overlay/chip-view';
import { ResultCard } from '../../../components/ResultCard';
import { ResultRow } from '../../../components/ResultRow';
import type { Check, IssuerSummary } from '../../../lib/result/types';
import { mountPoint, readLocale, result } from './helpers';

const mounted = mountPoint();

const LOOKALIKE: IssuerSummary = {
  id: 'https://harvard-edu.example.org/issuer.json',
  name: 'Harvard University',
  url: 'https://harvard.edu',
  nameSource: 'hosted-profile',
  nameTrust: 'self-declared',
  vouchedBy: { kind: 'origin', value: 'https://harvard-edu.example.org' },
};
const OFF_SITE: Check[] = [
  { id: 'hosted', outcome: 'pass', code: 'hosted.fetched' },
  {
    id: 'issuer',
    outcome: 'fail',
    code: 'issuer.url-other-site',
    detail: "the issuer's url is on harvard.edu, but harvard-edu.example.org vouched for this badge",
  },
];
const lookalike = () => result({ checks: OFF_SITE }, { issuer: LOOKALIKE });
const DID_KEY = 'did:key:z6MksiiwEYpRFemwj72YAh8cwTGUtH5Zr8pikMHwvek3FCU3';

describe('who vouched, wherever an issuer name is shown', () => {
  it('card: the name as its own words, "self-declared", and the site that vouched, with the name linking there (not to its url)', () => {
    render(<ResultCard result={lookalike()} />, mounted.root);
    const issuer = mounted.root.querySelector('.bl-card-issuer')!;
    expect(issuer.textContent).toContain('Harvard University — self-declared');
    const vouched = mounted.root.querySelector('[data-testid="vouched-by"]')!;
    expect(vouched.textContent).toBe('vouched for by harvard-edu.example.org');
    expect(vouched.querySelector('strong')!.textContent).toBe('harvard-edu.example.org');
    expect(vouched.getAttribute('title')).toBe('https://harvard-edu.example.org');
    // It may wrap after a dot, never at the hyphen ("harvard-" / "edu.example.org" would read as another site).
    expect([...vouched.querySelectorAll('.bl-vouch-part')].map((p) => p.textContent)).toEqual(['harvard-edu.', 'example.', 'org']);
    expect(issuer.querySelector('a')!.getAttribute('href')).toBe('https://harvard-edu.example.org/');
    // The url it gives itself is only a labelled link of its own, and the warning says it is elsewhere.
    expect(mounted.root.querySelector('.bl-card-website')!.textContent).toBe('Website it names harvard.edu');
    expect(mounted.root.textContent).toContain(
      'The website the issuer names is on a different site from the one that vouched for this badge.',
    );
  });

  it('card: a url on the site that vouched is not repeated; a DID is shortened with the full value in the title', () => {
    const issuer: IssuerSummary = {
      name: 'Example University',
      url: 'https://badges.example.edu/about',
      nameTrust: 'self-declared',
      vouchedBy: { kind: 'origin', value: 'https://badges.example.edu' },
    };
    render(<ResultCard result={result({}, { issuer })} />, mounted.root);
    expect(mounted.root.querySelector('.bl-card-website')).toBeNull();
    render(
      <ResultCard result={result({}, { issuer: { name: 'Example University', vouchedBy: { kind: 'did', value: DID_KEY } } })} />,
      mounted.root,
    );
    const vouched = mounted.root.querySelector('[data-testid="vouched-by"]')!;
    expect(vouched.getAttribute('data-vouched')).toBe('did');
    expect(vouched.getAttribute('title')).toBe(DID_KEY);
    expect(vouched.textContent).toMatch(/^vouched for by did:key:z6Mk.+…k3FCU3$/);
    // A DID is no web site: the name is not a link.
    expect(mounted.root.querySelector('.bl-card-issuer a')).toBeNull();
    expect(mounted.root.textContent).toContain(DID_KEY);
  });

  it('card: says so when nobody vouched, and a name is self-declared even without the field', () => {
    render(
      <ResultCard result={result({ status: 'invalid' }, { issuer: { name: 'Harvard University', url: 'https://harvard.edu' } })} />,
      mounted.root,
    );
    expect(mounted.root.querySelector('[data-testid="vouched-by"]')!.textContent).toBe('no site or DID vouched for it');
    expect(mounted.root.querySelector('[data-testid="vouched-by"]')!.getAttribute('data-vouched')).toBe('none');
    expect(mounted.root.querySelector('.bl-card-issuer')!.textContent).toContain('Harvard University — self-declared');
    expect(mounted.root.querySelector('.bl-card-issuer a')).toBeNull();
  });

  it('card: a name a trust list confirms is not called self-declared', () => {
    render(<ResultCard result={result({}, { issuer: { ...LOOKALIKE, nameTrust: 'trust-list' } })} />, mounted.root);
    const text = mounted.root.querySelector('.bl-card-issuer')!.textContent!;
    expect(text).toContain('confirmed by a trust list you hold');
    expect(text).not.toContain('self-declared');
  });

  it('popup row: the name, "self-declared" and the vouching site, keeping the row attributes', () => {
    render(
      <ul>
        <ResultRow result={lookalike()} testId="badge-result" />
      </ul>,
      mounted.root,
    );
    const row = mounted.root.querySelector('[data-testid="badge-result"]')!;
    expect([row.getAttribute('data-status'), row.getAttribute('data-format')]).toEqual(['verified', 'ob2-hosted']);
    expect(row.querySelector('.bl-row-issuer')!.textContent).toBe('Harvard University — self-declared');
    const vouched = row.querySelector('[data-testid="row-vouched-by"]')!;
    expect(vouched.textContent).toBe('vouched for by harvard-edu.example.org');
    expect(vouched.getAttribute('title')).toBe('https://harvard-edu.example.org');
  });

  it('chip label: the vouching site is spoken after the badge name', () => {
    expect(chipLabel([lookalike()], false)).toBe('Badge Lens: Verified — Data Science Foundations, vouched for by harvard-edu.example.org');
  });

  it('one plain line for copies and labels, in German too', () => {
    expect(issuerLine(lookalike().credential)).toBe('Harvard University — self-declared · vouched for by harvard-edu.example.org');
    setMessages('de', readLocale('de'), readLocale('en'));
    expect(issuerLine(lookalike().credential)).toBe('Harvard University — Selbstangabe · verbürgt durch harvard-edu.example.org');
  });
});
