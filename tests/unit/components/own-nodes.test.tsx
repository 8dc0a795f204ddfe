import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetMessages, setMessages } from '../../../components/i18n';
import { CARD_TAG, CHIP_TAG, createOverlay, isOverlayElement, type Overlay } from '../../../components/overlay';
import { placeHost } from '../../../components/overlay/placement';
import { isOwnChange } from '../../../entrypoints/content/page-scanner';
import { installDom, item, readLocale, result } from './helpers';

const PAGE = `<!doctype html><html><head></head><body>
  <p id="row"><img id="badge" src="a.png"><badge-lens-chip id="fake" data-badge-lens-ref="r1" data-badge-lens-status="verified"><img id="inside" src="b.png"></badge-lens-chip></p>
  <badge-lens-card id="fake-card"></badge-lens-card>
</body></html>`;

let dom: ReturnType<typeof installDom>;
let overlay: Overlay | undefined;
const byId = (id: string) => dom.document.getElementById(id)!;
/** The chips the overlay drew: page-made look-alikes share the tag and attributes, not the shadow root. */
const drawn = () => [...dom.document.querySelectorAll(CHIP_TAG)].filter((host) => host.shadowRoot) as HTMLElement[];
const record = (fields: Partial<MutationRecord>) =>
  ({ type: 'childList', addedNodes: [], removedNodes: [], target: dom.document.body, ...fields }) as unknown as MutationRecord;

beforeAll(() => {
  dom = installDom(PAGE);
});
afterAll(() => dom.restore());
beforeEach(() => setMessages('en', readLocale('en'), readLocale('en')));
afterEach(() => {
  overlay?.destroy();
  overlay = undefined;
  resetMessages();
});

function draw() {
  overlay = createOverlay({
    document: dom.document,
    shadowMode: 'open',
    anchorFor: (ref) => (ref === 'r1' ? byId('badge') : undefined),
    onRecheck: () => undefined,
  });
  overlay.update([item('r1', [result()])]);
  return drawn()[0]!;
}

describe('the overlay knows its own nodes by identity, not by name', () => {
  it('a page-made <badge-lens-chip> or <badge-lens-card>, with our attributes, is not ours', () => {
    expect(byId('fake').localName).toBe(CHIP_TAG);
    expect(isOverlayElement(byId('fake'))).toBe(false);
    expect(byId('fake-card').localName).toBe(CARD_TAG);
    expect(isOverlayElement(byId('fake-card'))).toBe(false);
    expect(isOverlayElement(draw())).toBe(true);
  });

  it('the chip goes right after its badge, never past a look-alike the page put there', () => {
    const host = draw();
    expect(host.previousElementSibling).toBe(byId('badge'));
    expect(host.nextElementSibling).toBe(byId('fake'));
    expect(placeHost(host, byId('badge'))).toBe(false);
  });

  it('updating and destroying the overlay leave the look-alikes alone', () => {
    draw();
    overlay!.update([]);
    overlay!.destroy();
    expect(byId('fake').isConnected).toBe(true);
    expect(byId('inside').isConnected).toBe(true);
    expect(drawn()).toEqual([]);
  });
});

describe('the scanner skips only the overlay’s own changes', () => {
  it('adding, removing or changing one of our hosts needs no rescan', () => {
    const host = draw();
    expect(isOwnChange(record({ addedNodes: [host] as unknown as NodeList }))).toBe(true);
    expect(isOwnChange(record({ removedNodes: [host] as unknown as NodeList }))).toBe(true);
    expect(isOwnChange(record({ type: 'attributes', target: host }))).toBe(true);
  });

  it('a look-alike added to the page, changed, or filled with a badge is rescanned', () => {
    expect(isOwnChange(record({ addedNodes: [byId('fake')] as unknown as NodeList }))).toBe(false);
    expect(isOwnChange(record({ type: 'attributes', target: byId('fake') }))).toBe(false);
    expect(isOwnChange(record({ target: byId('fake'), addedNodes: [byId('inside')] as unknown as NodeList }))).toBe(false);
    expect(isOwnChange(record({ type: 'attributes', target: byId('inside') }))).toBe(false);
  });
});
