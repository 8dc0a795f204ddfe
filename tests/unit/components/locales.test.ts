import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assuranceMessageKey, checkMessageKey, statusMessageKey } from '../../../components/message-keys';
import { LANGS } from '../../../lib/protocol/languages';
import { CHECK_CATALOG, type CheckCode } from '../../../lib/result/catalog';
import { STATUSES } from '../../../lib/result/types';
import type { Messages } from '../../../components/i18n';
import { readLocale } from './helpers';

const en = readLocale('en');
const de = readLocale('de');

/** The placeholders a message refers to, lower-cased and sorted (each once). */
function placeholderRefs(message: string): string[] {
  return [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase()))].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('_locales', () => {
  it('German has every English key, and nothing English lacks', () => {
    expect(Object.keys(en).filter((key) => !(key in de))).toEqual([]);
    expect(Object.keys(de).filter((key) => !(key in en))).toEqual([]);
  });

  it('keeps the keys the English file had before the UI was added', () => {
    for (const key of ['extName', 'extDescription', 'status_unverifiable', 'assurance_signed', 'check_net_not_json'])
      expect(en[key]?.message).toBeTruthy();
  });

  it.each(LANGS.map((lang) => [lang, readLocale(lang)] as const))(
    '%s has words for every check code, status, assurance and outcome',
    (_lang, messages) => {
      const keys = [
        ...Object.keys(CHECK_CATALOG).map((code) => checkMessageKey(code as CheckCode)),
        ...STATUSES.map(statusMessageKey),
        ...STATUSES.map((status) => `status_summary_${status}`),
        ...(['signed', 'hosted', 'none'] as const).map(assuranceMessageKey),
        ...['pass', 'fail', 'skip', 'error'].map((outcome) => `outcome_${outcome}`),
      ];
      expect(keys.filter((key) => !messages[key]?.message?.trim())).toEqual([]);
    },
  );

  it.each(LANGS.filter((lang) => lang !== 'en'))('uses the same placeholders in %s as in English, each of them in the message', (lang) => {
    const other = readLocale(lang);
    for (const [key, entry] of Object.entries(en)) {
      const translated = other[key]!;
      expect(Object.keys(translated.placeholders ?? {}).sort(), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      for (const name of Object.keys(entry.placeholders ?? {})) {
        expect(translated.message.toLowerCase(), key).toContain(`$${name.toLowerCase()}$`);
        expect(translated.placeholders![name]!.content, key).toBe(entry.placeholders![name]!.content);
      }
      expect(placeholderRefs(translated.message), key).toEqual(placeholderRefs(entry.message));
    }
  });

  it.each(LANGS.filter((lang) => lang !== 'en' && lang !== 'de'))('%s is translated, not copied English', (lang) => {
    const other = readLocale(lang);
    const same = Object.keys(en).filter((key) => en[key]!.message === other[key]!.message);
    // Product names, codes, examples and labels built only of the name and placeholders may stay; sentences may not.
    const allowed = new Set(['input_text_placeholder', 'overlay_chip_label', 'overlay_dialog_label']);
    expect(same.filter((key) => !allowed.has(key) && en[key]!.message.split(' ').length > 2)).toEqual([]);
    expect(same.length).toBeLessThan(Object.keys(en).length * 0.05);
  });

  it('is actually German, not copied English', () => {
    const same = Object.keys(en).filter((key) => en[key]!.message === de[key]!.message);
    // Product names, codes, examples and language names may stay as they are; sentences may not.
    const allowed = new Set(['input_text_placeholder', 'overlay_dialog_label']);
    expect(same.filter((key) => !allowed.has(key) && en[key]!.message.split(' ').length > 2)).toEqual([]);
    expect(same.length).toBeLessThan(Object.keys(en).length * 0.1);
    expect(de.status_verified!.message).toBe('Verifiziert');
    expect(de.check_proof_signature_invalid!.message).toMatch(/Signatur/);
  });

  it.each(LANGS)("%s names its own language in ui_language (the content script's language and direction)", (lang) => {
    expect(readLocale(lang).ui_language?.message).toBe(lang);
  });

  it('has Chrome-valid, case-insensitively unique message names', () => {
    const lower = new Set<string>();
    for (const key of Object.keys(en)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(lower.has(key.toLowerCase()), key).toBe(false);
      lower.add(key.toLowerCase());
    }
  });

  it('has every key the UI asks for with a literal t() call', () => {
    const files = [...sourceFiles('components'), ...sourceFiles('entrypoints/popup'), ...sourceFiles('entrypoints/options')];
    const used = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  describe('every folder in public/_locales', () => {
    const folders = readdirSync('public/_locales').filter((name) => statSync(join('public/_locales', name)).isDirectory());
    const read = (lang: string) => JSON.parse(readFileSync(join('public/_locales', lang, 'messages.json'), 'utf8')) as Messages;
    const placeholdersOf = (messages: Messages) =>
      Object.fromEntries(
        Object.entries(messages).map(([key, entry]) => [
          key,
          Object.keys(entry.placeholders ?? {})
            .map((name) => name.toLowerCase())
            .sort(),
        ]),
      );

    it('is a language in LANGS, and every language in LANGS has a folder', () => {
      expect([...folders].sort()).toEqual([...LANGS].sort());
    });

    it.each(folders)('%s has exactly the English keys and placeholders, each with a message', (lang) => {
      const messages = read(lang);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      expect(placeholdersOf(messages)).toEqual(placeholdersOf(en));
      expect(Object.keys(messages).filter((key) => !messages[key]?.message?.trim())).toEqual([]);
    });
  });
});
