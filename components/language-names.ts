import type { Lang } from '../lib/protocol/languages';

/** A language's name in that language ("Deutsch"), so no message is needed per language; the code if `Intl` cannot say. */
export function languageAutonym(lang: Lang): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
    if (name && name !== lang) return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    // no Intl.DisplayNames here: fall through to the code
  }
  return lang;
}
