import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bytesToBase64, fileTooLarge, inputFromText, MAX_INPUT_FILE_BYTES } from '../../../components/file-input';
import { formatCheckedAt, formatDate, relativeParts } from '../../../components/dates';
import { resetMessages, setMessages } from '../../../components/i18n';
import { safeImageSrc, safeLinkHref } from '../../../components/safe';
import { addSite, normalizeHost } from '../../../components/sites';
import { countByStatus, doneResults, rowsFor, worstStatus } from '../../../components/status';
import { isUnscannableUrl, tabIdFromSearch } from '../../../components/tab-url';
import { STATUSES } from '../../../lib/result/types';
import { item, readLocale, result } from './helpers';

describe('safeImageSrc', () => {
  it.each([
    'https://badges.example.org/badge.png',
    'http://badges.example.org/badge.png',
    'data:image/png;base64,iVBORw0KGgo=',
    'data:image/jpeg;base64,/9j/4AAQ',
    'data:image/gif;base64,R0lGOD',
    'data:image/webp;base64,UklGR',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'data:image/svg+xml;charset=utf-8,%3Csvg%3E',
    'DATA:IMAGE/PNG;BASE64,AAAA',
  ])('keeps %s', (src) => {
    expect(safeImageSrc(src)).toBeTruthy();
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'data:image/svg;base64,AAAA',
    'data:application/octet-stream;base64,AAAA',
    'data:image/png-evil,AAAA',
    'blob:https://example.org/1',
    'file:///etc/passwd',
    'chrome-extension://abc/popup.html',
    '/relative/path.png',
    '//evil.example/x.png',
    'https://user:secret@example.org/x.png',
    '',
    undefined,
  ])('drops %s', (src) => {
    expect(safeImageSrc(src)).toBeUndefined();
  });
});

describe('safeLinkHref', () => {
  it('keeps http(s) links, normalised', () => {
    expect(safeLinkHref(' https://Example.org/criteria ')).toBe('https://example.org/criteria');
    expect(safeLinkHref('http://example.org')).toBe('http://example.org/');
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:x',
    '//example.org',
    'mailto:a@b.c',
    'ftp://example.org',
    'not a url',
    undefined,
  ])('drops %s', (href) => {
    expect(safeLinkHref(href)).toBeUndefined();
  });
});

describe('status order', () => {
  it('picks the worst status in the order of docs/SPEC.md §3', () => {
    expect(worstStatus(['verified', 'expired', 'unverifiable'])).toBe('expired');
    expect(worstStatus(['verified', 'suspended', 'revoked'])).toBe('revoked');
    expect(worstStatus(['revoked', 'invalid'])).toBe('invalid');
    expect(worstStatus(['verified'])).toBe('verified');
    expect(worstStatus([])).toBeUndefined();
    for (let i = 0; i < STATUSES.length; i++) expect(worstStatus(STATUSES.slice(i).reverse())).toBe(STATUSES[i]);
  });

  it('counts results per status', () => {
    const counts = countByStatus([result({ status: 'verified' }), result({ status: 'verified' }), result({ status: 'revoked' })]);
    expect(counts).toEqual({ invalid: 0, revoked: 1, suspended: 0, expired: 0, unverifiable: 0, verified: 2 });
  });

  it('lists results worst first, one row per result, pending items as one row at the end', () => {
    const items = [
      item('a', [result({ status: 'verified' })]),
      item('b', [], 'pending'),
      item('c', [result({ status: 'invalid' }), result({ status: 'expired' })]),
      item('d', []),
      item('e', [result({ status: 'verified' })], 'pending'),
    ];
    const rows = rowsFor(items);
    expect(
      rows.map((row) => (row.kind === 'pending' ? `${row.ref}:pending` : `${row.ref}:${row.result.status}${row.pending ? '*' : ''}`)),
    ).toEqual(['c:invalid', 'c:expired', 'a:verified', 'e:verified*', 'b:pending']);
    expect(doneResults(items).map((r) => r.status)).toEqual(['verified', 'invalid', 'expired']);
  });
});

describe('dates and relative time', () => {
  beforeEach(() => setMessages('en', readLocale('en'), readLocale('en')));
  afterEach(() => resetMessages());

  it('splits an age into minutes, hours and days', () => {
    expect(relativeParts(0, 59_000)).toBeUndefined();
    expect(relativeParts(0, 60_000)).toEqual({ value: 1, unit: 'minute' });
    expect(relativeParts(0, 59 * 60_000)).toEqual({ value: 59, unit: 'minute' });
    expect(relativeParts(0, 3 * 3_600_000 + 5)).toEqual({ value: 3, unit: 'hour' });
    expect(relativeParts(0, 50 * 3_600_000)).toEqual({ value: 2, unit: 'day' });
    expect(relativeParts(1000, 0)).toBeUndefined();
  });

  it('says "checked N minutes ago" in the UI language', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    expect(formatCheckedAt('2026-01-01T11:57:00Z', now, 'en')).toBe('Checked 3 minutes ago');
    expect(formatCheckedAt('2026-01-01T11:59:30Z', now, 'en')).toBe('Checked just now');
    expect(formatCheckedAt('not a date', now, 'en')).toBeUndefined();
    setMessages('de', readLocale('de'), readLocale('en'));
    expect(formatCheckedAt('2026-01-01T11:57:00Z', now, 'de')).toBe('Geprüft vor 3 Minuten');
    expect(formatCheckedAt('2026-01-01T10:00:00Z', now, 'de')).toBe('Geprüft vor 2 Stunden');
  });

  it('formats dates with Intl in the UI language and keeps unreadable dates as written', () => {
    expect(formatDate('2024-06-01', 'en')).toBe('June 1, 2024');
    expect(formatDate('2024-06-01', 'de')).toBe('1. Juni 2024');
    expect(formatDate('sometime in 2024', 'en')).toBe('sometime in 2024');
    expect(formatDate(undefined, 'en')).toBeUndefined();
  });
});

describe('input area helpers', () => {
  it('rejects files over 8 MiB', () => {
    expect(MAX_INPUT_FILE_BYTES).toBe(8 * 1024 * 1024);
    expect(fileTooLarge(0)).toBe(false);
    expect(fileTooLarge(MAX_INPUT_FILE_BYTES)).toBe(false);
    expect(fileTooLarge(MAX_INPUT_FILE_BYTES + 1)).toBe(true);
    expect(fileTooLarge(Number.NaN)).toBe(true);
  });

  it('encodes bytes as standard base64, also past the chunk size', () => {
    const bytes = new Uint8Array(100_003).map((_, i) => (i * 7919) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });

  it('treats a lone http(s) URL as a link and anything else as credential text', () => {
    expect(inputFromText('  https://badges.example.org/a/1 \n')).toEqual({ kind: 'url', url: 'https://badges.example.org/a/1' });
    expect(inputFromText('eyJhbGciOiJSUzI1NiJ9.e30.sig')).toEqual({ kind: 'text', text: 'eyJhbGciOiJSUzI1NiJ9.e30.sig' });
    expect(inputFromText('{"type":"Assertion"}')).toEqual({ kind: 'text', text: '{"type":"Assertion"}' });
    expect(inputFromText('https://a.example/x and more')).toEqual({ kind: 'text', text: 'https://a.example/x and more' });
    expect(inputFromText('   ')).toBeUndefined();
  });
});

describe('site list', () => {
  it('normalises what the user types to a host name', () => {
    expect(normalizeHost('www.LinkedIn.com')).toBe('www.linkedin.com');
    expect(normalizeHost('https://www.linkedin.com/in/ada?x=1')).toBe('www.linkedin.com');
    expect(normalizeHost('example.org:8443/path')).toBe('example.org');
    expect(normalizeHost('example.org.')).toBe('example.org');
    expect(normalizeHost('münchen.de')).toBe('xn--mnchen-3ya.de');
  });

  it.each(['', '   ', 'not a host', 'exa mple.org', '-bad-.org', 'a..b'])('rejects %j', (input) => {
    expect(normalizeHost(input)).toBeUndefined();
  });

  it('adds a site once, sorted', () => {
    expect(addSite(['b.org'], 'a.org')).toEqual(['a.org', 'b.org']);
    expect(addSite(['a.org'], 'a.org')).toEqual(['a.org']);
  });
});

describe('tab helpers', () => {
  it('knows which pages no extension can scan', () => {
    for (const url of [
      'chrome://extensions/',
      'edge://settings',
      'about:blank',
      'chrome-extension://abc/popup.html',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/category',
      'https://addons.mozilla.org/de/firefox/',
    ])
      expect(isUnscannableUrl(url), url).toBe(true);
    for (const url of [
      'https://www.linkedin.com/in/ada',
      'http://cv.example.net/',
      'file:///home/ada/cv.html',
      'https://chrome.google.com/search',
      undefined,
    ])
      expect(isUnscannableUrl(url), String(url)).toBe(false);
  });

  it('reads ?tabId=N', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tabId=0')).toBe(0);
    expect(tabIdFromSearch('?tabId=-1')).toBeUndefined();
    expect(tabIdFromSearch('?tabId=abc')).toBeUndefined();
    expect(tabIdFromSearch('')).toBeUndefined();
  });
});
