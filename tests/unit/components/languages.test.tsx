import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatCheckedAt, formatDate } from '../../../components/dates';
import { formatNumber, resetMessages, setMessages, t } from '../../../components/i18n';
import { CARD_TAG, CHIP_TAG, createOverlay } from '../../../components/overlay';
import { cardPosition, cornerOffset, type Box } from '../../../components/overlay/layout';
import { CORNER_SIZE } from '../../../components/overlay/placement';
import { applyLang } from '../../../components/page-setup';
import { LANGS, textDirection, type Lang } from '../../../lib/protocol/languages';
import { flush, installDom, item, readLocale, result } from './helpers';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});
const use = (lang: Lang) => setMessages(lang, readLocale(lang), readLocale('en'));

let dom: ReturnType<typeof installDom>;
beforeAll(() => {
  dom = installDom('<!doctype html><html><head></head><body><p><img id="badge" src="a.png"></p></body></html>');
});
afterAll(() => dom.restore());
afterEach(() => resetMessages());

describe('text direction', () => {
  it('is right to left for Arabic only', () => {
    expect(LANGS.filter((lang) => textDirection(lang) === 'rtl')).toEqual(['ar']);
    expect(textDirection('fr')).toBe('ltr');
  });

  it('sets lang and dir on an extension page, and sets them back', () => {
    applyLang('ar', dom.document);
    expect(dom.document.documentElement.getAttribute('lang')).toBe('ar');
    expect(dom.document.documentElement.getAttribute('dir')).toBe('rtl');
    applyLang('es', dom.document);
    expect(dom.document.documentElement.getAttribute('lang')).toBe('es');
    expect(dom.document.documentElement.getAttribute('dir')).toBe('ltr');
  });

  it.each([
    ['ar', 'rtl'],
    ['fr', 'ltr'],
  ] as const)('gives the overlay chip and card shadow roots the UI language (%s: %s)', async (lang, dir) => {
    use(lang);
    const overlay = createOverlay({
      document: dom.document,
      shadowMode: 'open',
      anchorFor: () => dom.document.getElementById('badge'),
      onRecheck: () => undefined,
    });
    try {
      overlay.update([item('r1', [result({ status: 'verified' })])]);
      await flush();
      const chipRoot = dom.document.querySelector(CHIP_TAG)!.shadowRoot!;
      const mount = chipRoot.querySelector('.bl-chip-root')!;
      expect(mount.getAttribute('dir')).toBe(dir);
      expect(mount.getAttribute('lang')).toBe(lang);
      // The host itself keeps the page's direction: it is not given one.
      expect(dom.document.querySelector(CHIP_TAG)!.hasAttribute('dir')).toBe(false);
      (chipRoot.querySelector('button') as HTMLButtonElement).click();
      await flush();
      const cardMount = dom.document.querySelector(CARD_TAG)!.shadowRoot!.querySelector('div')!;
      expect(cardMount.getAttribute('dir')).toBe(dir);
      expect(cardMount.textContent).toContain(t('status_verified'));
    } finally {
      overlay.destroy();
    }
  });
});

describe('right-to-left geometry', () => {
  it('puts a corner chip inside the bottom-left corner when the page runs right to left', () => {
    const anchor = box(100, 50, 64, 64);
    const host = box(100, 150, 0, 0);
    expect(cornerOffset(anchor, host, true)).toEqual({ left: 2, top: 114 - 150 - CORNER_SIZE - 2 });
    expect(cornerOffset(anchor, host, false)!.left).toBe(164 - 100 - CORNER_SIZE - 2);
  });

  it("lines a right-to-left card's right edge up with its chip, kept inside the viewport", () => {
    const viewport = { width: 1000, height: 800, scrollX: 0, scrollY: 0 };
    expect(cardPosition(box(600, 100, 60, 20), 300, viewport, true)).toEqual({ top: 126, left: 660 - 380, width: 380 });
    expect(cardPosition(box(100, 100, 60, 20), 300, viewport, true).left).toBe(8);
    expect(cardPosition(box(600, 100, 60, 20), 300, viewport, false).left).toBe(600);
  });
});

describe('Intl formatting per language', () => {
  const now = Date.parse('2026-03-05T12:00:00Z');
  const threeMinutesAgo = '2026-03-05T11:57:00Z';
  const cases: Record<Lang, { date: string; checked: string; number: string }> = {
    en: { date: 'March 5, 2024', checked: 'Checked 3 minutes ago', number: '12,345.5' },
    de: { date: '5. März 2024', checked: 'Geprüft vor 3 Minuten', number: '12.345,5' },
    es: { date: '5 de marzo de 2024', checked: 'Comprobada hace 3 minutos', number: '12.345,5' },
    fr: { date: '5 mars 2024', checked: 'Vérifié il y a 3 minutes', number: '12\u202f345,5' },
    ar: { date: '5 مارس 2024', checked: 'فُحصت قبل 3 دقائق', number: '12,345.5' },
  };
  // Arabic digits differ between ICU builds (Latin or Arabic-Indic); compare with the engine's own.
  const digits = (lang: Lang, text: string) =>
    text.replace(/\d/g, (d) => new Intl.NumberFormat(lang, { useGrouping: false }).format(Number(d)));

  it.each(LANGS)('%s writes dates, relative times and numbers its own way', (lang) => {
    use(lang);
    const expected = cases[lang];
    expect(formatDate('2024-03-05')).toBe(digits(lang, expected.date));
    expect(formatCheckedAt(threeMinutesAgo, now)).toBe(digits(lang, expected.checked));
    // Arabic separators also differ between ICU builds; the others are fixed.
    expect(formatNumber(12345.5)).toBe(lang === 'ar' ? new Intl.NumberFormat('ar').format(12345.5) : expected.number);
  });

  it('writes number substitutions in the UI language', () => {
    use('de');
    expect(t('popup_not_checked', 1500)).toMatch(/^1\.500 /);
    use('fr');
    expect(t('card_nested_title', 1200)).toBe('Attestations de ce dossier (1\u202f200)');
    use('en');
    expect(t('popup_not_checked', 1500)).toMatch(/^1,500 more/);
  });

  it('says "just now" in each language under a minute', () => {
    for (const lang of LANGS) {
      use(lang);
      expect(formatCheckedAt('2026-03-05T11:59:40Z', now)).toBe(readLocale(lang).card_checked_just_now!.message);
    }
  });
});
