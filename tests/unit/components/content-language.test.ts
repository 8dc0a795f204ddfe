import { afterEach, describe, expect, it, vi } from 'vitest';

// A content script's browser: messages come from the file the browser chose, which may differ from its UI language.
const fake = vi.hoisted(() => ({ messagesFrom: 'ar' as string | undefined, uiLanguage: 'en-US' }));
vi.mock('wxt/browser', () => ({
  browser: {
    i18n: {
      getMessage: (name: string) => (name === 'ui_language' ? (fake.messagesFrom ?? '') : `[${name}]`),
      getUILanguage: () => fake.uiLanguage,
    },
  },
}));

const { currentLang, resetMessages, setMessages } = await import('../../../components/i18n');
const { textDirection } = await import('../../../lib/protocol/languages');

afterEach(() => {
  fake.messagesFrom = 'ar';
  fake.uiLanguage = 'en-US';
  resetMessages();
});

describe('the content script language', () => {
  it("is the language of the browser's message file, so the overlay's direction matches its words", () => {
    expect(currentLang()).toBe('ar');
    expect(textDirection(currentLang())).toBe('rtl');
    fake.messagesFrom = 'fr';
    expect(currentLang()).toBe('fr');
  });

  it('falls back to the UI language when the message file does not say', () => {
    fake.messagesFrom = undefined;
    fake.uiLanguage = 'es-AR';
    expect(currentLang()).toBe('es');
  });

  it('is the loaded language on extension pages', () => {
    setMessages('de', {}, {});
    expect(currentLang()).toBe('de');
  });
});
