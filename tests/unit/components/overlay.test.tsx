import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetMessages, setMessages } from '../../../components/i18n';
import { CARD_TAG, CHIP_TAG, createOverlay, insertionPoint, isOverlayElement, type Overlay } from '../../../components/overlay';
import { flush, installDom, item, readLocale, result } from './helpers';

const PAGE = `<!doctype html><html><head><script type="application/ld+json" id="head-ld">{}</script></head><body>
  <p id="p1">Intro <img id="plain" src="a.png"> after</p>
  <p><a id="link" href="https://example.org/"><img id="linked" src="b.png"></a><span id="next">next</span></p>
  <picture id="pic"><source srcset="c.png"><img id="pictured" src="c.png"></picture>
  <svg id="outer"><g><image id="inner" href="d.png"/></g></svg>
  <script type="application/ld+json" id="body-ld">{}</script>
</body></html>`;

let dom: ReturnType<typeof installDom>;
let overlay: Overlay | undefined;
const rechecked: string[] = [];
const anchorsAsked: string[] = [];

const byId = (id: string) => dom.document.getElementById(id) ?? undefined;
const hosts = () => [...dom.document.querySelectorAll(CHIP_TAG)] as HTMLElement[];

function make(mode: ShadowRootMode = 'open', withAnchors = false) {
  const anchors: Record<string, string> = { r1: 'plain', r2: 'linked', r3: 'pictured', r4: 'inner', r5: 'body-ld', r6: 'head-ld' };
  overlay = createOverlay({
    document: dom.document,
    shadowMode: mode,
    anchorFor: (ref) => (anchors[ref] ? byId(anchors[ref]!) : undefined),
    onRecheck: (ref) => void rechecked.push(ref),
    ...(withAnchors ? { onCheckAnchor: (ref: string) => void anchorsAsked.push(ref) } : {}),
  });
  return overlay;
}

beforeAll(() => {
  dom = installDom(PAGE);
});
afterAll(() => dom.restore());
beforeEach(() => {
  setMessages('en', readLocale('en'), readLocale('en'));
  rechecked.length = 0;
  anchorsAsked.length = 0;
});
afterEach(() => {
  overlay?.destroy();
  overlay = undefined;
  resetMessages();
});

describe('insertionPoint', () => {
  it('goes after the anchor, its link, its picture or its outermost svg, and skips invisible anchors', () => {
    expect(insertionPoint(byId('plain'))?.id).toBe('plain');
    expect(insertionPoint(byId('linked'))?.id).toBe('link');
    expect(insertionPoint(byId('pictured'))?.id).toBe('pic');
    expect(insertionPoint(byId('inner'))?.id).toBe('outer');
    expect(insertionPoint(byId('body-ld'))).toBe(byId('body-ld'));
    expect(insertionPoint(byId('head-ld'))).toBeUndefined();
    expect(insertionPoint(dom.document.body)).toBeUndefined();
    expect(insertionPoint(undefined)).toBeUndefined();
  });
});

describe('createOverlay', () => {
  it('puts one host per item with results right after its anchor, with status and ref visible to the page', () => {
    make().update([
      item('r1', [result({ status: 'verified' })]),
      item('r2', [result({ status: 'verified' }), result({ status: 'expired' }), result({ status: 'revoked' })]),
      item('r3', [], 'pending'),
      item('r4', [result({ status: 'unverifiable' })]),
      item('r5', [result({ status: 'invalid' })]),
      item('r6', [result({ status: 'invalid' })]),
    ]);
    const placed = hosts().map(
      (h) =>
        `${h.getAttribute('data-badge-lens-ref')}:${h.getAttribute('data-badge-lens-status')}:${(h.previousElementSibling as HTMLElement).id}`,
    );
    expect(placed).toEqual(['r1:verified:plain', 'r2:revoked:link', 'r4:unverifiable:outer', 'r5:invalid:body-ld']);
    expect(byId('link')!.querySelector(CHIP_TAG)).toBeNull();
    expect(hosts().every((h) => (h.getAttribute('style') ?? '').includes('inline-block'))).toBe(true);
  });

  it('draws a labelled button with the worst status word and the count', () => {
    make().update([item('r2', [result({ status: 'verified' }), result({ status: 'expired' }, { name: 'Stats' })])]);
    const root = hosts()[0]!.shadowRoot!;
    const button = root.querySelector('button')!;
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-label')).toBe('Badge Lens: Expired — Stats (2 credentials)');
    expect(button.textContent).toContain('Expired');
    expect(button.textContent).toContain('2');
    expect(root.querySelector('style') !== null || root.adoptedStyleSheets.length === 1).toBe(true);
  });

  it('styles the chip small, inline and reset from the page (CSS shipped into the shadow root)', () => {
    const css = readFileSync('components/overlay/overlay.css', 'utf8');
    const chipRule = css.slice(css.indexOf('.bl-overlay-chip {'), css.indexOf('}', css.indexOf('.bl-overlay-chip {')));
    for (const rule of ['all: initial', 'display: inline-flex', 'max-height: 22px', 'vertical-align: middle'])
      expect(chipRule).toContain(rule);
    expect(readFileSync('components/overlay/index.tsx', 'utf8')).toMatch(/import overlayCss from '\.\/overlay\.css\?inline'/);
  });

  it('keeps its shadow root closed unless asked otherwise', () => {
    make('closed').update([item('r1', [result()])]);
    expect(hosts()[0]!.shadowRoot).toBeNull();
    expect(hosts()[0]!.getAttribute('data-badge-lens-status')).toBe('verified');
  });

  it('opens the card as a dialog, re-checks from it, and closes on Escape', async () => {
    make().update([item('r1', [result({ status: 'revoked' }, { name: 'Data Science Foundations' })])]);
    const button = hosts()[0]!.shadowRoot!.querySelector('button')!;
    button.dispatchEvent(new dom.window.Event('click', { bubbles: true }));
    await flush();
    const card = dom.document.querySelector(CARD_TAG) as HTMLElement;
    expect(card).not.toBeNull();
    expect(isOverlayElement(card)).toBe(true);
    const dialog = card.shadowRoot!.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('Badge Lens: Data Science Foundations');
    expect(dialog.textContent).toContain('Revoked');
    expect(hosts()[0]!.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded')).toBe('true');

    (dialog.querySelector('.bl-recheck') as HTMLButtonElement).dispatchEvent(new dom.window.Event('click', { bubbles: true }));
    await flush();
    expect(rechecked).toEqual(['r1']);

    const escapeKey = new dom.window.Event('keydown', { bubbles: true }) as KeyboardEvent;
    Object.defineProperty(escapeKey, 'key', { value: 'Escape' });
    dialog.dispatchEvent(escapeKey);
    await flush();
    expect(dom.document.querySelector(CARD_TAG)).toBeNull();
    expect(hosts()[0]!.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('offers the anchor lookup on a Blockcerts card whose anchor was not looked up, saying who is asked, for that item only', async () => {
    const notChecked = result(
      { format: 'blockcerts', status: 'unverifiable', checks: [{ id: 'anchor', outcome: 'skip', code: 'anchor.not-checked' }] },
      { anchorExplorers: ['blockstream.info', 'mempool.space'] },
    );
    const o = make('open', true);
    o.update([item('r1', [notChecked]), item('r2', [result({ status: 'verified' })])]);
    const openCard = async (index: number) => {
      hosts()
        [index]!.shadowRoot!.querySelector('button')!
        .dispatchEvent(new dom.window.Event('click', { bubbles: true }));
      await flush();
      return (dom.document.querySelector(CARD_TAG) as HTMLElement).shadowRoot!;
    };
    const card = await openCard(0);
    expect(card.querySelector('.bl-anchor-offer')?.textContent).toContain(
      "Checking the blockchain anchor asks blockstream.info and mempool.space for this certificate's transaction.",
    );
    card.querySelector<HTMLButtonElement>('[data-testid="check-anchor"]')!.dispatchEvent(new dom.window.Event('click', { bubbles: true }));
    await flush();
    expect(anchorsAsked).toEqual(['r1']);
    expect(rechecked).toEqual([]);
    o.update([item('r1', [notChecked], 'pending'), item('r2', [result({ status: 'verified' })])]);
    await flush();
    expect(card.querySelector('[data-testid="check-anchor"]')).toBeNull();
  });

  it('offers no anchor lookup when the overlay was given no handler for it', async () => {
    const notChecked = result(
      { format: 'blockcerts', status: 'unverifiable', checks: [{ id: 'anchor', outcome: 'skip', code: 'anchor.not-checked' }] },
      { anchorExplorers: ['blockstream.info', 'mempool.space'] },
    );
    make().update([item('r1', [notChecked])]);
    hosts()[0]!
      .shadowRoot!.querySelector('button')!
      .dispatchEvent(new dom.window.Event('click', { bubbles: true }));
    await flush();
    expect((dom.document.querySelector(CARD_TAG) as HTMLElement).shadowRoot!.querySelector('[data-testid="check-anchor"]')).toBeNull();
  });

  it('closes the card on a click outside it', async () => {
    make().update([item('r1', [result()])]);
    hosts()[0]!
      .shadowRoot!.querySelector('button')!
      .dispatchEvent(new dom.window.Event('click', { bubbles: true }));
    await flush();
    expect(dom.document.querySelector(CARD_TAG)).not.toBeNull();
    byId('next')!.dispatchEvent(new dom.window.Event('pointerdown', { bubbles: true }));
    await flush();
    expect(dom.document.querySelector(CARD_TAG)).toBeNull();
  });

  it('keeps a chip while its item is re-checked, updates it, and removes chips for items that are gone', () => {
    const o = make();
    o.update([item('r1', [result({ status: 'verified' })]), item('r4', [result()])]);
    expect(hosts().length).toBe(2);
    o.update([item('r1', [result({ status: 'verified' })], 'pending'), item('r4', [result()])]);
    expect(hosts()[0]!.getAttribute('data-badge-lens-pending')).toBe('true');
    o.update([item('r1', [result({ status: 'invalid' })])]);
    expect(hosts().map((h) => `${h.getAttribute('data-badge-lens-ref')}:${h.getAttribute('data-badge-lens-status')}`)).toEqual([
      'r1:invalid',
    ]);
    expect(hosts()[0]!.hasAttribute('data-badge-lens-pending')).toBe(false);
  });

  it('renders credential strings as text inside the shadow root', async () => {
    make().update([item('r1', [result({}, { name: '<img src=x onerror=alert(1)>' })])]);
    const root = hosts()[0]!.shadowRoot!;
    expect(root.querySelector('button')!.getAttribute('aria-label')).toContain('<img src=x onerror=alert(1)>');
    root.querySelector('button')!.dispatchEvent(new dom.window.Event('click', { bubbles: true }));
    await flush();
    const card = dom.document.querySelector(CARD_TAG)!.shadowRoot!;
    expect(card.querySelector('img[src="x"]')).toBeNull();
    expect(card.querySelector('.bl-card-name')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('removes everything on destroy', async () => {
    const o = make();
    o.update([item('r1', [result()]), item('r2', [result()])]);
    hosts()[0]!
      .shadowRoot!.querySelector('button')!
      .dispatchEvent(new dom.window.Event('click', { bubbles: true }));
    await flush();
    o.destroy();
    expect(hosts().length).toBe(0);
    expect(dom.document.querySelector(CARD_TAG)).toBeNull();
    o.update([item('r1', [result()])]);
    expect(hosts().length).toBe(0);
  });
});
