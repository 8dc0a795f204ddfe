import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { setMessages } from '../../../components/i18n';
import { ResultCard } from '../../../components/ResultCard';
import { PendingRow, ResultRow } from '../../../components/ResultRow';
import { StatusCounts } from '../../../components/StatusCounts';
import { StatusIcon } from '../../../components/StatusIcon';
import { EmptyState } from '../../../components/EmptyState';
import { countByStatus } from '../../../components/status';
import { STATUSES } from '../../../lib/result/types';
import { flush, item, mountPoint, readLocale, result } from './helpers';

const XSS = '<img src=x onerror=alert(1)>';
const mounted = mountPoint();

describe('result rows', () => {
  it('carry the test ids, status and format the tests and tools rely on', () => {
    render(
      <ul>
        <ResultRow result={result({ status: 'revoked', format: 'ob2-signed' })} testId="badge-result" />
        <ResultRow result={result({ status: 'verified', format: 'ob3-jwt' })} testId="input-result" />
        <PendingRow item={item('r9', [], 'pending')} />
      </ul>,
      mounted.root,
    );
    const page = mounted.root.querySelectorAll('[data-testid="badge-result"]');
    expect(page.length).toBe(1);
    expect(page[0]!.getAttribute('data-status')).toBe('revoked');
    expect(page[0]!.getAttribute('data-format')).toBe('ob2-signed');
    const input = mounted.root.querySelectorAll('[data-testid="input-result"]');
    expect(input.length).toBe(1);
    expect(input[0]!.getAttribute('data-status')).toBe('verified');
    expect(input[0]!.getAttribute('data-format')).toBe('ob3-jwt');
    expect(mounted.root.querySelectorAll('[data-testid="badge-pending"]').length).toBe(1);
    expect(page[0]!.textContent).toContain('Revoked');
    expect(page[0]!.textContent).toContain('Data Science Foundations');
    expect(page[0]!.textContent).toContain('Example University');
  });

  it('are buttons that expand into the card and collapse again', async () => {
    render(
      <ul>
        <ResultRow result={result()} testId="badge-result" />
      </ul>,
      mounted.root,
    );
    const button = mounted.root.querySelector('button.bl-row-button') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(mounted.root.querySelector('.bl-card')).toBeNull();
    button.dispatchEvent(new mounted.dom.window.Event('click', { bubbles: true }));
    await flush();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(mounted.root.querySelector('.bl-card')).not.toBeNull();
    button.dispatchEvent(new mounted.dom.window.Event('click', { bubbles: true }));
    await flush();
    expect(mounted.root.querySelector('.bl-card')).toBeNull();
  });
});

describe('result card', () => {
  it('renders credential strings as text, never as markup', () => {
    render(
      <ResultCard
        result={result(
          {},
          {
            name: XSS,
            description: `<script>alert(2)</script>`,
            criteria: `<b onclick=x>c</b>`,
            issuer: { name: `<a href="javascript:alert(3)">Evil</a>` },
            revocationReason: XSS,
          },
        )}
      />,
      mounted.root,
    );
    expect(mounted.root.querySelectorAll('script').length).toBe(0);
    expect(mounted.root.querySelectorAll('b').length).toBe(0);
    expect(mounted.root.querySelector('img[src="x"]')).toBeNull();
    expect([...mounted.root.querySelectorAll('a')].some((a) => (a.getAttribute('href') ?? '').startsWith('javascript:'))).toBe(false);
    expect(mounted.root.querySelector('.bl-card-name')!.textContent).toBe(XSS);
    expect(mounted.root.textContent).toContain('<script>alert(2)</script>');
    expect(mounted.root.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows only safe images, and a placeholder otherwise', () => {
    render(<ResultCard result={result({}, { image: 'javascript:alert(1)' })} />, mounted.root);
    expect(mounted.root.querySelector('img')).toBeNull();
    expect(mounted.root.querySelector('.bl-image-placeholder')).not.toBeNull();
    render(<ResultCard result={result({}, { image: 'data:text/html;base64,PHNjcmlwdD4=' })} />, mounted.root);
    expect(mounted.root.querySelector('img')).toBeNull();
    render(<ResultCard result={result({}, { image: 'data:image/png;base64,iVBORw0KGgo=' })} />, mounted.root);
    expect(mounted.root.querySelector('img')!.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
  });

  it('links only to http(s), in a new tab without opener or referrer', () => {
    render(
      <ResultCard result={result({}, { criteriaUrl: 'javascript:alert(1)', issuer: { name: 'X', url: 'data:text/html,x' } })} />,
      mounted.root,
    );
    expect(mounted.root.querySelectorAll('a').length).toBe(0);
    render(
      <ResultCard
        result={result({}, { criteriaUrl: 'https://example.edu/criteria', issuer: { name: 'X', url: 'https://example.edu/' } })}
      />,
      mounted.root,
    );
    const links = [...mounted.root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.edu/', 'https://example.edu/criteria']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('says where the issuer name came from, hides hashed recipients and words every check', () => {
    const r = result(
      {
        status: 'invalid',
        assurance: 'signed',
        checks: [
          { id: 'proof', outcome: 'fail', code: 'proof.signature-invalid', detail: 'kid https://example.edu/keys/1' },
          { id: 'status', outcome: 'skip', code: 'status.none' },
          { id: 'hosted', outcome: 'error', code: 'net.timeout' },
        ],
      },
      {
        issuer: { name: 'Example University', nameSource: 'embedded' },
        recipient: { type: 'email', hashed: true, identity: 'sha256$abc' },
      },
    );
    render(<ResultCard result={r} />, mounted.root);
    const text = mounted.root.textContent ?? '';
    expect(text).toContain('as stated in the badge');
    expect(text).toContain('Hashed email address');
    expect(text).not.toContain('sha256$abc');
    expect(text).toContain('The signature does not match');
    expect(text).toContain("The issuer's server did not answer in time.");
    expect(text).toContain('proof.signature-invalid');
    expect(text).toContain('kid https://example.edu/keys/1');
    expect(text).toContain("Signed with the issuer's key");
    expect([...mounted.root.querySelectorAll('[data-outcome]')].map((li) => li.getAttribute('data-outcome'))).toEqual([
      'fail',
      'skip',
      'error',
    ]);
    expect(mounted.root.querySelector('[data-outcome="fail"] svg')!.getAttribute('aria-label')).toBe('Failed');
  });

  it('shows a failed check that leaves the verdict alone as a warning, not a cross', () => {
    const checks = [
      { id: 'proof', outcome: 'pass', code: 'proof.ok' },
      { id: 'shape', outcome: 'fail', code: 'shape.legacy-upgraded' },
      { id: 'proof', outcome: 'fail', code: 'proof.signature-invalid' },
    ] as const;
    render(<ResultCard result={result({ checks: [...checks] })} />, mounted.root);
    const shown = [...mounted.root.querySelectorAll('[data-outcome] svg')].map((svg) => svg.getAttribute('data-glyph'));
    expect(shown).toEqual(['pass', 'warning', 'fail']);
    expect(mounted.root.querySelector('.bl-check-warning svg')!.getAttribute('aria-label')).toBe('Warning');
  });

  it('shows a plaintext recipient and dates in the UI language', () => {
    setMessages('de', readLocale('de'), readLocale('en'));
    render(
      <ResultCard
        result={result(
          {},
          { recipient: { type: 'email', hashed: false, identity: 'ada@example.com' }, issued: '2024-06-01', expires: '2027-06-01' },
        )}
      />,
      mounted.root,
    );
    const text = mounted.root.textContent ?? '';
    expect(text).toContain('ada@example.com');
    expect(text).toContain('1. Juni 2024');
    expect(text).toContain('1. Juni 2027');
    expect(text).toContain('aus dem eigenen Profil des Ausstellers');
  });

  it('offers a re-check only when given a callback, and calls it', async () => {
    render(<ResultCard result={result()} />, mounted.root);
    expect(mounted.root.querySelector('.bl-recheck')).toBeNull();
    let calls = 0;
    render(<ResultCard result={result()} onRecheck={() => void calls++} />, mounted.root);
    (mounted.root.querySelector('.bl-recheck') as HTMLButtonElement).dispatchEvent(
      new mounted.dom.window.Event('click', { bubbles: true }),
    );
    await flush();
    expect(calls).toBe(1);
  });

  it("lists a CLR's nested credentials with their own verdicts", () => {
    render(
      <ResultCard
        result={result({
          format: 'clr2',
          nested: [result({ status: 'expired' }, { name: 'Statistics I' }), result({ status: 'verified' }, { name: 'Python' })],
        })}
      />,
      mounted.root,
    );
    const nested = [...mounted.root.querySelectorAll('[data-testid="nested-result"]')];
    expect(nested.map((n) => n.getAttribute('data-status'))).toEqual(['expired', 'verified']);
    expect(nested[0]!.textContent).toContain('Statistics I');
  });
});

describe('status icons and counts', () => {
  it('draws a different labelled glyph for every status', () => {
    render(
      <div>
        {STATUSES.map((status) => (
          <StatusIcon key={status} status={status} />
        ))}
      </div>,
      mounted.root,
    );
    const icons = [...mounted.root.querySelectorAll('svg')];
    expect(icons.map((svg) => svg.getAttribute('aria-label'))).toEqual([
      'Invalid',
      'Revoked',
      'Suspended',
      'Expired',
      'Could not verify',
      'Verified',
    ]);
    const shapes = new Set(icons.map((svg) => svg.innerHTML.replace(/<title>.*?<\/title>/, '')));
    expect(shapes.size).toBe(STATUSES.length);
  });

  it('counts per status, worst first, with words', () => {
    render(
      <StatusCounts
        counts={countByStatus([result({ status: 'verified' }), result({ status: 'verified' }), result({ status: 'invalid' })])}
        pending={1}
      />,
      mounted.root,
    );
    const entries = [...mounted.root.querySelectorAll('li')].map(
      (li) => `${li.getAttribute('data-status')}=${li.getAttribute('data-count')}`,
    );
    expect(entries).toEqual(['invalid=1', 'verified=2', 'pending=1']);
    expect(mounted.root.textContent).toContain('Invalid');
    expect(mounted.root.querySelector('ul')!.getAttribute('aria-label')).toBe('Results on this page: Invalid: 1, Verified: 2, Checking: 1');
  });

  it('says what an empty page was searched for', () => {
    render(<EmptyState />, mounted.root);
    const text = mounted.root.textContent ?? '';
    for (const words of ['PNG and SVG', 'JSON-LD', 'links to hosted badges', 'Credly, Badgr and Accredible']) expect(text).toContain(words);
  });
});
