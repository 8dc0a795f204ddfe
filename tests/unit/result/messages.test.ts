import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assuranceMessageKey, checkMessageKey, statusMessageKey } from '../../../components/message-keys';
import { CHECK_CATALOG, type CheckCode } from '../../../lib/result/catalog';
import { STATUSES } from '../../../lib/result/types';

const locales = ['en'];

describe.each(locales)('_locales/%s', (locale) => {
  const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;

  it('has plain words for every check code', () => {
    const missing = Object.keys(CHECK_CATALOG).filter((code) => !messages[checkMessageKey(code as CheckCode)]?.message);
    expect(missing).toEqual([]);
  });

  it('has words for every status and assurance', () => {
    for (const status of STATUSES) expect(messages[statusMessageKey(status)]?.message).toBeTruthy();
    for (const assurance of ['signed', 'hosted', 'none'] as const) expect(messages[assuranceMessageKey(assurance)]?.message).toBeTruthy();
  });

  it('uses only message names Chrome accepts', () => {
    for (const key of Object.keys(messages)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});
