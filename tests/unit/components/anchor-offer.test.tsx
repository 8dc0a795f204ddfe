import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { setMessages } from '../../../components/i18n';
import { ResultCard } from '../../../components/ResultCard';
import type { Check } from '../../../lib/result/types';
import { mountPoint, readLocale, result } from './helpers';

const mounted = mountPoint();
const NOT_CHECKED: Check[] = [
  { id: 'proof', outcome: 'pass', code: 'blockcerts.hash-ok' },
  { id: 'anchor', outcome: 'skip', code: 'anchor.not-checked' },
];

describe('the card offer to check a Blockcerts anchor', () => {
  it('is shown when the anchor was not looked up, says who is asked, and asks for this one credential', async () => {
    setMessages('en', readLocale('en'), readLocale('en'));
    const onCheckAnchor = vi.fn();
    render(
      <ResultCard result={result({ format: 'blockcerts', status: 'unverifiable', checks: NOT_CHECKED })} onCheckAnchor={onCheckAnchor} />,
      mounted.root,
    );
    const button = mounted.root.querySelector<HTMLButtonElement>('[data-testid="check-anchor"]')!;
    expect(button.textContent).toBe('Check the anchor');
    expect(mounted.root.querySelector('.bl-anchor-offer')!.textContent).toContain('blockstream.info and mempool.space');
    button.click();
    await vi.waitFor(() => expect(onCheckAnchor).toHaveBeenCalledTimes(1));
  });

  it('is not shown once the anchor was checked, nor without a handler', () => {
    setMessages('en', readLocale('en'), readLocale('en'));
    render(
      <ResultCard
        result={result({ format: 'blockcerts', checks: [{ id: 'anchor', outcome: 'pass', code: 'anchor.ok' }] })}
        onCheckAnchor={() => undefined}
      />,
      mounted.root,
    );
    expect(mounted.root.querySelector('[data-testid="check-anchor"]')).toBeNull();
    render(<ResultCard result={result({ format: 'blockcerts', status: 'unverifiable', checks: NOT_CHECKED })} />, mounted.root);
    expect(mounted.root.querySelector('[data-testid="check-anchor"]')).toBeNull();
  });
});
