import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentLang, formatMessage, loadLocale, resetMessages, resolveLanguage, setMessages, t } from '../../../components/i18n';
import { languageAutonym } from '../../../components/language-names';
import { LANGS } from '../../../lib/protocol/languages';
import { settingsSchema, DEFAULT_SETTINGS } from '../../../lib/protocol/schemas';
import { readLocale } from './helpers';

afterEach(() => resetMessages());

describe('formatMessage', () => {
  it('fills named placeholders from positional substitutions', () => {
    const entry = { message: 'Badge Lens: $STATUS$ — $Name$', placeholders: { status: { content: '$1' }, name: { content: '$2' } } };
    expect(formatMessage(entry, ['Verified', 'Data Science'])).toBe('Badge Lens: Verified — Data Science');
  });

  it('keeps $$ as a dollar sign and does not re-expand substituted text', () => {
    expect(formatMessage({ message: 'costs $$5, got $1' }, ['$2 and $1'])).toBe('costs $5, got $2 and $1');
  });

  it('leaves missing substitutions empty', () => {
    expect(formatMessage({ message: 'a$1b' })).toBe('ab');
  });
});

describe('t', () => {
  it('speaks the loaded language and falls back to English for a missing key', () => {
    setMessages(
      'de',
      { status_verified: { message: 'Verifiziert' } },
      { status_verified: { message: 'Verified' }, only_en: { message: 'English only' } },
    );
    expect(t('status_verified')).toBe('Verifiziert');
    // @ts-expect-error -- a name English lacks is a type error; at run time it still resolves
    expect(t('only_en')).toBe('English only');
    expect(currentLang()).toBe('de');
  });

  it('shows the key itself when no table and no browser has it', () => {
    setMessages('en', {}, {});
    // @ts-expect-error -- a name English lacks is a type error; at run time it still resolves
    expect(t('no_such_key')).toBe('no_such_key');
  });

  it('formats real messages with substitutions', () => {
    setMessages('de', readLocale('de'), readLocale('en'));
    expect(t('card_checked_ago', 'vor 3 Minuten')).toBe('Geprüft vor 3 Minuten');
    expect(t('overlay_chip_label', 'Verifiziert', 'Data Science')).toBe('Badge Lens: Verifiziert – Data Science');
  });
});

describe('resolveLanguage', () => {
  it('follows the browser for auto, German only for de-*', () => {
    expect(resolveLanguage('auto', 'de-AT')).toBe('de');
    expect(resolveLanguage('auto', 'DE')).toBe('de');
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveLanguage('auto', 'ja')).toBe('en');
    expect(resolveLanguage('auto', undefined)).toBe('en');
  });

  it('finds Spanish, French and Arabic from any regional browser language', () => {
    expect(resolveLanguage('auto', 'es-MX')).toBe('es');
    expect(resolveLanguage('auto', 'fr')).toBe('fr');
    expect(resolveLanguage('auto', 'fr-CA')).toBe('fr');
    expect(resolveLanguage('auto', 'ar-EG')).toBe('ar');
    expect(resolveLanguage('auto', 'pt-BR')).toBe('en');
  });

  it('lets an explicit setting win over the browser', () => {
    expect(resolveLanguage('en', 'de-DE')).toBe('en');
    expect(resolveLanguage('de', 'en-US')).toBe('de');
  });
});

describe('LANGS', () => {
  it.each(LANGS)('%s is picked for a browser speaking a regional variant of it, and is a valid setting', (lang) => {
    expect(resolveLanguage('auto', `${lang.toUpperCase()}-XX`)).toBe(lang);
    expect(resolveLanguage(lang, 'xx')).toBe(lang);
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, language: lang }).success).toBe(true);
  });

  it('keeps English first (the fallback) and rejects a language without a folder', () => {
    expect(LANGS[0]).toBe('en');
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, language: 'auto' }).success).toBe(true);
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, language: 'xx' }).success).toBe(false);
  });
});

describe('languageAutonym', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names each language in itself', () => {
    expect(languageAutonym('en')).toBe('English');
    expect(languageAutonym('de')).toBe('Deutsch');
  });

  it('falls back to the code when Intl cannot name languages', () => {
    vi.stubGlobal('Intl', {
      ...Intl,
      DisplayNames: class {
        constructor() {
          throw new RangeError('unsupported');
        }
      },
    });
    expect(languageAutonym('de')).toBe('de');
  });
});

describe('loadLocale', () => {
  it('loads the chosen language with English underneath', async () => {
    const asked: string[] = [];
    const lang = await loadLocale('de', async (path) => {
      asked.push(path);
      return path.includes('/de/') ? { greeting: { message: 'Hallo' } } : { greeting: { message: 'Hello' }, bye: { message: 'Bye' } };
    });
    expect(lang).toBe('de');
    expect(asked.sort()).toEqual(['/_locales/de/messages.json', '/_locales/en/messages.json']);
    // @ts-expect-error -- a name English lacks is a type error; at run time it still resolves
    expect(t('greeting')).toBe('Hallo');
    // @ts-expect-error -- a name English lacks is a type error; at run time it still resolves
    expect(t('bye')).toBe('Bye');
  });

  it('survives a language file that cannot be read', async () => {
    const lang = await loadLocale('de', async (path) => {
      if (path.includes('/de/')) throw new Error('404');
      return { greeting: { message: 'Hello' } };
    });
    expect(lang).toBe('de');
    // @ts-expect-error -- a name English lacks is a type error; at run time it still resolves
    expect(t('greeting')).toBe('Hello');
  });
});
