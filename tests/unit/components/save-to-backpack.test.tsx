import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ResultCard } from '../../../components/ResultCard';
import type { SaveOutcome } from '../../../components/SaveToBackpack';
import { flush, mountPoint, result } from './helpers';

const mounted = mountPoint();
const button = () => mounted.root.querySelector('[data-testid="save-to-backpack"]') as HTMLButtonElement | null;
const outcome = () => mounted.root.querySelector('[data-testid="save-outcome"]')?.textContent;

describe('Save to my backpack on a card', () => {
  it('is there only when the card is given a way to save', () => {
    render(<ResultCard result={result({ status: 'verified' })} />, mounted.root);
    expect(button()).toBeNull();
  });

  it('says it saved, then stays pressed', async () => {
    let finish!: (outcome: SaveOutcome) => void;
    let calls = 0;
    render(
      <ResultCard result={result({ status: 'verified' })} onSave={() => (calls++, new Promise((resolve) => (finish = resolve)))} />,
      mounted.root,
    );
    button()!.click();
    await flush();
    expect(button()!.disabled).toBe(true);
    finish({ added: true });
    await flush();
    expect(outcome()).toBe('Saved to your backpack');
    expect(button()!.disabled).toBe(true);
    button()!.click();
    await flush();
    expect(calls).toBe(1);
  });

  it('says when it was already kept, and why it could not save (and may be tried again)', async () => {
    const answers: Array<SaveOutcome | Error> = [{ error: 'the file could not be fetched' }, new Error('no answer'), { added: false }];
    render(
      <ResultCard
        result={result({ status: 'verified' })}
        onSave={async () => {
          const next = answers.shift()!;
          if (next instanceof Error) throw next;
          return next;
        }}
      />,
      mounted.root,
    );
    button()!.click();
    await flush();
    expect(outcome()).toBe('Could not save: the file could not be fetched');
    button()!.click();
    await flush();
    expect(outcome()).toBe('Could not save: no answer');
    button()!.click();
    await flush();
    expect(outcome()).toBe('Already in your backpack');
  });
});
