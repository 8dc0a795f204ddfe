import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { setMessages } from '../../../components/i18n';
import { NotCheckedNote } from '../../../entrypoints/popup/NotCheckedNote';
import { mountPoint, readLocale } from '../components/helpers';

const mounted = mountPoint();
const note = () => mounted.root.querySelector('[data-testid="not-checked"]');

describe('the popup\'s "N more not checked" note', () => {
  it('says how many candidates were left out, in English and German', () => {
    render(<NotCheckedNote count={300} />, mounted.root);
    expect(note()?.textContent).toMatch(/^300 more not checked/);
    setMessages('de', readLocale('de'), readLocale('en'));
    render(<NotCheckedNote count={2} />, mounted.root);
    expect(note()?.textContent).toMatch(/^2 weitere nicht geprüft/);
  });

  it('is absent when nothing was left out', () => {
    render(<NotCheckedNote count={0} />, mounted.root);
    expect(note()).toBeNull();
  });
});
