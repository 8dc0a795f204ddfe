/**
 * UI strings. Extension pages (popup, options) load `_locales/<lang>/messages.json` at run time so the
 * language chosen in the options page applies immediately; the content script, which cannot fetch the
 * extension's files, falls through to `browser.i18n.getMessage` (the browser's UI language).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_LANG, isLang, LANGS, type Lang, type LanguageSetting } from '../lib/protocol/languages';
import type englishMessages from '../public/_locales/en/messages.json';

export { LANGS, type Lang, type LanguageSetting };

/** Every message name English has: `t()` with any other name is a type error. */
export type MessageKey = keyof typeof englishMessages;

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, MessageEntry>;
export type Substitution = string | number;

interface Store {
  lang: Lang | undefined;
  messages: Messages | undefined;
  fallback: Messages | undefined;
  version: number;
}

const store: Store = { lang: undefined, messages: undefined, fallback: undefined, version: 0 };
const listeners = new Set<() => void>();

/** `auto` follows the browser: the first language its UI language starts with, English otherwise. */
export function resolveLanguage(setting: LanguageSetting | undefined, uiLanguage: string | undefined): Lang {
  if (isLang(setting)) return setting;
  const ui = (uiLanguage ?? '').toLowerCase();
  return LANGS.find((lang) => ui.startsWith(lang)) ?? DEFAULT_LANG;
}

/**
 * Chrome's message format: `$name$` refers to a placeholder (case-insensitive), whose content may use
 * `$1`…`$9` for the substitutions; `$$` is a literal dollar sign.
 */
export function formatMessage(entry: MessageEntry, subs: readonly Substitution[] = []): string {
  const placeholders = new Map<string, string>();
  for (const [name, value] of Object.entries(entry.placeholders ?? {})) placeholders.set(name.toLowerCase(), value.content);
  const withPlaceholders = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
  );
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_whole, which: string) => {
    if (which === '$') return '$';
    const value = subs[Number(which) - 1];
    return value === undefined ? '' : String(value);
  });
}

function browserUiLanguage(): string | undefined {
  try {
    return browser?.i18n?.getUILanguage?.();
  } catch {
    return undefined;
  }
}

function browserMessage(key: string, subs: readonly Substitution[]): string | undefined {
  try {
    const i18n = browser?.i18n as unknown as { getMessage?: (name: string, substitutions?: string[]) => string } | undefined;
    const text = i18n?.getMessage?.(key, subs.map(String));
    return text ? text : undefined;
  } catch {
    return undefined;
  }
}

/** A number written the way the UI language writes it ("1,234", "1.234", "1 234"). */
export function formatNumber(value: number, lang: Lang = currentLang()): string {
  return new Intl.NumberFormat(lang).format(value);
}

/**
 * The UI string for `key`. Looks in the loaded language, then in English, then asks the browser
 * (content scripts), and as a last resort returns the key itself so a missing string is visible.
 * Number substitutions are written in the UI language.
 */
export function t(key: MessageKey, ...given: Substitution[]): string {
  const subs = given.map((sub) => (typeof sub === 'number' ? formatNumber(sub) : sub));
  const entry =
    (store.messages && Object.hasOwn(store.messages, key) ? store.messages[key] : undefined) ??
    (store.fallback && Object.hasOwn(store.fallback, key) ? store.fallback[key] : undefined);
  if (entry) return formatMessage(entry, subs);
  return browserMessage(key, subs) ?? key;
}

/**
 * The language the UI speaks now (for `Intl` formatters, `lang` and `dir`). Without loaded tables (content
 * scripts) it is the language of the file the browser takes messages from, which can differ from
 * `getUILanguage()` (Chromium's `--lang`).
 */
export function currentLang(): Lang {
  return store.lang ?? resolveLanguage('auto', browserMessage('ui_language', []) ?? browserUiLanguage());
}

/** Install message tables directly (tests; callers that already hold the JSON). */
export function setMessages(lang: Lang, messages: Messages | undefined, fallback?: Messages): void {
  store.lang = lang;
  store.messages = messages;
  store.fallback = fallback;
  store.version++;
  for (const listener of listeners) listener();
}

/** Forget loaded tables: `t()` goes back to `browser.i18n.getMessage`. */
export function resetMessages(): void {
  store.lang = undefined;
  store.messages = undefined;
  store.fallback = undefined;
  store.version++;
  for (const listener of listeners) listener();
}

export type JsonFetcher = (path: string) => Promise<unknown>;

const extensionFetcher: JsonFetcher = async (path) => {
  const response = await fetch(browser.runtime.getURL(path as `/_locales/${Lang}/messages.json`));
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${path}`);
  return response.json() as Promise<unknown>;
};

function asMessages(value: unknown): Messages | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const out: Messages = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    if (entry && typeof entry === 'object' && typeof (entry as MessageEntry).message === 'string') out[key] = entry as MessageEntry;
  }
  return out;
}

/**
 * Load the strings for a language setting (extension pages only). Never throws: when a file cannot be
 * read, `t()` keeps working from English or from the browser's own copy.
 */
export async function loadLocale(setting: LanguageSetting = 'auto', fetchJson: JsonFetcher = extensionFetcher): Promise<Lang> {
  const lang = resolveLanguage(setting, browserUiLanguage());
  const read = (l: Lang) => fetchJson(`/_locales/${l}/messages.json`).then(asMessages, () => undefined);
  const english = store.fallback ?? (await read(DEFAULT_LANG));
  const messages = lang === DEFAULT_LANG ? english : await read(lang);
  setMessages(lang, messages ?? english, english);
  return lang;
}

/** Re-render the calling component when the language changes; returns the current language. */
export function useLocale(): Lang {
  const [, setVersion] = useState(store.version);
  useEffect(() => {
    const listener = () => setVersion(store.version);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return currentLang();
}
