/**
 * The UI languages. Adding one is a `public/_locales/<lang>/messages.json` plus its code here; the
 * settings schema, the options page and language resolution all derive from this list.
 */
export const LANGS = ['en', 'de', 'es', 'fr', 'ar'] as const;

export type Lang = (typeof LANGS)[number];
export type LanguageSetting = 'auto' | Lang;

/** The language used when nothing else matches; its messages are the fallback for every other. */
export const DEFAULT_LANG: Lang = LANGS[0];

export type TextDirection = 'ltr' | 'rtl';

/** The languages in LANGS written right to left; every other one is left to right. */
const RIGHT_TO_LEFT: ReadonlySet<Lang> = new Set<Lang>(['ar']);

/** The `dir` a page or shadow root speaking `lang` gets. */
export function textDirection(lang: Lang): TextDirection {
  return RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr';
}

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}
