import { describe, expect, it } from 'vitest';
import { paintToolbar } from '../../../entrypoints/background/toolbar';
import type { TabItem, TabState } from '../../../lib/protocol/schemas';
import { fakeToolbar, result } from './fakes';

const item = (ref: string, state: TabItem['state'], results: TabItem['results']): TabItem => ({
  ref,
  candidate: { kind: 'link', url: `https://a.example.org/${ref}` },
  state,
  results,
});
const tab = (items: TabItem[]): TabState => ({ tabId: 2, pageUrl: 'https://cv.example.net/', navigationId: 'n1', items });

describe('toolbar badge', () => {
  it('is blank with its plain title on a page without credentials', async () => {
    const toolbar = fakeToolbar();
    await paintToolbar(toolbar, tab([]));
    expect(toolbar.calls).toEqual([
      { method: 'text', tabId: 2, value: '' },
      { method: 'colour', tabId: 2, value: '#57606a' },
      { method: 'title', tabId: 2, value: 'Badge Lens' },
    ]);
  });

  it('shows an ellipsis while the first results are pending', async () => {
    const toolbar = fakeToolbar();
    await paintToolbar(toolbar, tab([item('r1', 'pending', [])]));
    expect(toolbar.last('text', 2)).toBe('…');
  });

  it('counts results and takes the colour and word of the worst verdict', async () => {
    const toolbar = fakeToolbar();
    await paintToolbar(
      toolbar,
      tab([
        item('r1', 'done', [result('verified'), result('expired')]),
        item('r2', 'done', [result('invalid')]),
        item('r3', 'pending', []),
      ]),
    );
    expect(toolbar.last('text', 2)).toBe('3');
    expect(toolbar.last('colour', 2)).toBe('#cf222e');
    expect(toolbar.last('title', 2)).toBe('Badge Lens — 3 · word:invalid');
  });

  it('says nothing when the tab has gone away', async () => {
    const toolbar = fakeToolbar();
    toolbar.fail = true;
    await expect(paintToolbar(toolbar, tab([]))).resolves.toBeUndefined();
    expect(toolbar.calls).toEqual([]);
  });
});
