import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { setMessages } from '../../../components/i18n';
import { ResultCard } from '../../../components/ResultCard';
import { ANCHOR_CHAINS } from '../../../lib/formats/blockcerts/chains';
import type { Lang } from '../../../lib/protocol/languages';
import type { Check } from '../../../lib/result/types';
import { mountPoint, readLocale, result } from './helpers';

const mounted = mountPoint();
const NOT_CHECKED: Check[] = [
  { id: 'proof', outcome: 'pass', code: 'blockcerts.hash-ok' },
  { id: 'anchor', outcome: 'skip', code: 'anchor.not-checked' },
];
const BITCOIN = ['blockstream.info', 'mempool.space'];
const ETHEREUM = ['eth.blockscout.com', 'api.blockcypher.com'];
const notChecked = (anchorExplorers?: string[]) =>
  result({ format: 'blockcerts', status: 'unverifiable', checks: NOT_CHECKED }, anchorExplorers ? { anchorExplorers } : {});
const offerText = () => mounted.root.querySelector('.bl-anchor-offer p')?.textContent;

describe('the card offer to check a Blockcerts anchor', () => {
  it('is shown when the anchor was not looked up, says who is asked, and asks for this one credential', async () => {
    setMessages('en', readLocale('en'), readLocale('en'));
    const onCheckAnchor = vi.fn();
    render(<ResultCard result={notChecked(BITCOIN)} onCheckAnchor={onCheckAnchor} />, mounted.root);
    const button = mounted.root.querySelector<HTMLButtonElement>('[data-testid="check-anchor"]')!;
    expect(button.textContent).toBe('Check the anchor');
    expect(offerText()).toBe("Checking the blockchain anchor asks blockstream.info and mempool.space for this certificate's transaction.");
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
    render(<ResultCard result={notChecked(BITCOIN)} />, mounted.root);
    expect(mounted.root.querySelector('[data-testid="check-anchor"]')).toBeNull();
  });

  it("names only the explorers of the certificate's chain", () => {
    setMessages('en', readLocale('en'), readLocale('en'));
    render(<ResultCard result={notChecked(ETHEREUM)} onCheckAnchor={() => undefined} />, mounted.root);
    expect(offerText()).toBe(
      "Checking the blockchain anchor asks eth.blockscout.com and api.blockcypher.com for this certificate's transaction.",
    );
    expect(offerText()).not.toContain('blockstream');
  });

  it('is not offered when no explorer could be asked (a chain not looked up)', () => {
    setMessages('en', readLocale('en'), readLocale('en'));
    render(<ResultCard result={notChecked()} onCheckAnchor={() => undefined} />, mounted.root);
    expect(mounted.root.querySelector('.bl-anchor-offer')).toBeNull();
  });

  it.each(['en', 'de', 'es', 'fr', 'ar'] satisfies Lang[])('names both explorers of each chain in %s, nothing else', (lang) => {
    for (const chain of ANCHOR_CHAINS) {
      const names = chain.explorers.map((e) => e.name);
      const others = ANCHOR_CHAINS.filter((c) => c !== chain).flatMap((c) => c.explorers.map((e) => e.name));
      setMessages(lang, readLocale(lang), readLocale('en'));
      render(<ResultCard result={notChecked(names)} onCheckAnchor={() => undefined} />, mounted.root);
      const text = offerText() ?? '';
      for (const name of names) expect(text, `${lang} ${chain.label}`).toContain(name);
      for (const name of others) expect(text, `${lang} ${chain.label}`).not.toContain(name);
      expect(text, `${lang} ${chain.label}`).not.toMatch(/\$|Bitcoin|Ethereum|بيتكوين|إيثيريوم/);
    }
  });
});
