/**
 * The UI languages. Adding one is a `public/_locales/<lang>/messages.json` plus its code here; the
 * settings schema, the options page and language resolution all derive from this list.
 */
export const LANGS = ['en', 'de', 'es', 'fr', 'ar'] as const;

export type Lang = (typeof LANGS)[number];
export type LanguageSetting = 'auto' | Lang;

/** The language used when nothing else matches; its messages are the fallback for every other. */
export const DEFAULT_LANG: Lang = LANGS[0];

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}
