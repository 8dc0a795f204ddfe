import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, csvHeader, csvRecords, csvRows, recipientMatch } from '../../../lib/export/csv';
import type { VerificationResult } from '../../../lib/result/types';

const result = (over: Partial<VerificationResult> = {}): VerificationResult => ({
  source: 'badges/a.png',
  format: 'ob2-hosted',
  status: 'invalid',
  assurance: 'hosted',
  checkedAt: '2025-01-01T00:00:00.000Z',
  checks: [
    { id: 'extract', outcome: 'pass', code: 'extract.ok' },
    { id: 'key', outcome: 'fail', code: 'key.not-listed', detail: 'x' },
    { id: 'status', outcome: 'error', code: 'net.timeout' },
    { id: 'recipient', outcome: 'pass', code: 'recipient.match' },
  ],
  credential: {
    name: 'Data, "Science"',
    issuer: { id: 'https://issuer.example/profile', name: 'Example University' },
    recipient: { identity: 'ada@example.com', hashed: false },
    issued: '2024-06-01T00:00:00Z',
    expires: '2026-06-01T00:00:00Z',
  },
  ...over,
});

describe('CSV', () => {
  it('has exactly the product contract columns, CRLF-terminated', () => {
    expect(csvHeader()).toBe(
      'page_url,source,format,status,assurance,badge,issuer,issuer_id,recipient,recipient_match,issued,expires,achievement_type,credits,skills,trust,checked_at,failed_checks\r\n',
    );
    expect(CSV_COLUMNS).toHaveLength(18);
  });

  it('fills what a result knows, failed checks as codes joined with "; "', () => {
    const [record] = csvRecords(result(), 'https://cv.example/ada');
    expect(record).toEqual({
      page_url: 'https://cv.example/ada',
      source: 'badges/a.png',
      format: 'ob2-hosted',
      status: 'invalid',
      assurance: 'hosted',
      badge: 'Data, "Science"',
      issuer: 'Example University',
      issuer_id: 'https://issuer.example/profile',
      recipient: 'ada@example.com',
      recipient_match: 'match',
      issued: '2024-06-01T00:00:00Z',
      expires: '2026-06-01T00:00:00Z',
      achievement_type: '',
      credits: '',
      skills: '',
      trust: '',
      checked_at: '2025-01-01T00:00:00.000Z',
      failed_checks: 'key.not-listed; net.timeout',
    });
    expect(csvRows(result(), undefined)).toBe(
      ',badges/a.png,ob2-hosted,invalid,hosted,"Data, ""Science""",Example University,https://issuer.example/profile,ada@example.com,match,2024-06-01T00:00:00Z,2026-06-01T00:00:00Z,,,,,2025-01-01T00:00:00.000Z,key.not-listed; net.timeout\r\n',
    );
  });

  it('never shows a hashed recipient, and says unknown when nothing compared it', () => {
    const hashed = result({ checks: [], credential: { recipient: { hashed: true, type: 'email' } } });
    expect(csvRecords(hashed, undefined)[0]).toMatchObject({ recipient: '', recipient_match: 'unknown', badge: '', issuer: '' });
    expect(recipientMatch(result({ checks: [{ id: 'recipient', outcome: 'fail', code: 'recipient.mismatch' }] }))).toBe('mismatch');
  });

  it('gives nested credentials (a CLR’s) rows of their own, on the same page', () => {
    const inner = result({ source: 'inner-1', format: 'ob3-di', status: 'verified', checks: [] });
    const rows = csvRecords(
      result({ format: 'clr2', nested: [inner, { ...inner, source: 'inner-2', nested: [{ ...inner, source: 'inner-2a' }] }] }),
      'p',
    );
    expect(rows.map((r) => [r.source, r.format, r.page_url])).toEqual([
      ['badges/a.png', 'clr2', 'p'],
      ['inner-1', 'ob3-di', 'p'],
      ['inner-2', 'ob3-di', 'p'],
      ['inner-2a', 'ob3-di', 'p'],
    ]);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('quotes and neutralises %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
