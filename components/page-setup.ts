import type { Settings } from '../lib/protocol/schemas';
import { isLang, textDirection, type Lang, type LanguageSetting } from '../lib/protocol/languages';
import { loadLocale } from './i18n';
import { sendMessage } from './messaging';

const LANGUAGE_CACHE_KEY = 'badge-lens.language';

function cachedLanguage(): LanguageSetting {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_CACHE_KEY);
    return isLang(value) ? value : 'auto';
  } catch {
    return 'auto';
  }
}

/** Remember the language for the next page's first paint (settings live in the background). */
export function rememberLanguage(setting: LanguageSetting): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_CACHE_KEY, setting);
  } catch {
    // storage unavailable: the page still asks the background
  }
}

/** `<html lang dir>`: the page mirrors for a right-to-left language. */
export function applyLang(lang: Lang, doc: Document = document): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = textDirection(lang);
}

/**
 * For extension pages: load strings for the last known language at once, then ask the background for
 * the settings and switch if they say otherwise. Never waits on the background to paint.
 */
export async function setupPageLanguage(): Promise<void> {
  const first = cachedLanguage();
  applyLang(await loadLocale(first));
  void sendMessage({ type: 'get-settings' }, 3000)
    .then(async (reply) => {
      const setting = reply.settings.language;
      rememberLanguage(setting);
      if (setting !== first) applyLang(await loadLocale(setting));
    })
    .catch(() => undefined);
}

export async function applyLanguageSetting(settings: Pick<Settings, 'language'>): Promise<void> {
  rememberLanguage(settings.language);
  applyLang(await loadLocale(settings.language));
}
