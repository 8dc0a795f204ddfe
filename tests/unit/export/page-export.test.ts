import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../lib/export/csv';
import { pageCsv, pageJson } from '../../../lib/export/page-export';
import { summaryText } from '../../../lib/export/summary-text';
import { makeResult } from '../../../lib/result/make-result';
import type { AboutCredential, CredentialSummary, VerificationResult } from '../../../lib/result/types';

const AT = Date.parse('2026-03-01T10:00:00Z');
const result = (credential: CredentialSummary, about?: AboutCredential, nested?: VerificationResult[]): VerificationResult =>
  makeResult(
    {
      source: 'https://cv.example.net/b.json',
      format: 'ob3-di',
      checks: [],
      credential,
      assurance: 'signed',
      ...(about ? { about } : {}),
      ...(nested ? { nested } : {}),
    },
    AT,
  );

const certificate = result(
  {
    name: 'ML, "Pro" Certificate',
    issuer: { name: '=HYPERLINK("x")', id: 'did:web:u.example' },
    recipient: { name: 'Ada Lovelace', hashed: true },
  },
  { achievementType: 'Certificate', creditsAvailable: 30, creditUnit: 'ECTS', skills: [{ name: 'Programming' }, { name: 'Mathematics' }] },
);
const copied = result({ name: 'SQL\nfor Analysts', recipient: { name: 'John Smith' } });

/** A minimal RFC 4180 reader, to read back what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

describe('page exports', () => {
  const page = { pageUrl: 'https://cv.example.net/', personName: 'Ada Lovelace', results: [certificate, copied] };

  it('CSV: header, one row per credential, recipient match from the page, about columns, cells escaped', () => {
    const rows = parseCsv(pageCsv(page));
    expect(rows[0]?.slice(0, 3)).toEqual(['page_url', 'source', 'format']);
    const header = rows[0]!;
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    expect(rows).toHaveLength(3);
    expect(col(rows[1]!, 'badge')).toBe('ML, "Pro" Certificate');
    expect(col(rows[1]!, 'issuer')).toBe(`'=HYPERLINK("x")`);
    expect(col(rows[1]!, 'recipient_match')).toBe('match');
    expect(col(rows[1]!, 'achievement_type')).toBe('Certificate');
    expect(col(rows[1]!, 'credits')).toBe('30 ECTS');
    expect(col(rows[1]!, 'skills')).toBe('Programming; Mathematics');
    expect(col(rows[1]!, 'trust')).toBe('not on your lists');
    expect(col(rows[2]!, 'badge')).toBe('SQL\nfor Analysts');
    expect(col(rows[2]!, 'recipient_match')).toBe('mismatch');
  });

  it('CSV: a CLR’s nested credentials are rows of their own', () => {
    const clr = result({ name: 'CLR' }, { achievements: [{ name: 'A', credits: 5 }], creditsTotal: 5 }, [copied]);
    const rows = parseCsv(pageCsv({ pageUrl: 'https://x.example/', results: [clr] }));
    expect(rows.map((r) => r[5])).toEqual(['badge', 'CLR', 'SQL\nfor Analysts']);
    expect(rows[1]?.[13]).toBe('5');
  });

  it('formula injection: = + - @ and tab are neutralised', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx']) expect(csvCell(bad).replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('JSON: {page, exportedAt, results} with recipientMatch and trust on each result', () => {
    const json = pageJson({ ...page, trust: (r) => (r === certificate ? { known: true, list: 'My pins' } : { known: false }) }, AT);
    expect(json.page).toBe('https://cv.example.net/');
    expect(json.exportedAt).toBe('2026-03-01T10:00:00.000Z');
    expect(json.results.map((r) => [r.credential.name, r.recipientMatch.match, r.trust])).toEqual([
      ['ML, "Pro" Certificate', 'match', { known: true, list: 'My pins' }],
      ['SQL\nfor Analysts', 'mismatch', { known: false }],
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('summaryText', () => {
  it('names the credential, verdict, recipient match, size, skills and trust', () => {
    const text = summaryText(
      { ...certificate, status: 'verified' },
      { match: 'match', name: 'Ada Lovelace' },
      { known: false },
      'https://cv.example.net/',
    );
    expect(text).toContain('ML, "Pro" Certificate — issued by =HYPERLINK("x")');
    expect(text).toContain('Verified by Badge Lens on 2026-03-01');
    expect(text).toContain('Issued to Ada Lovelace — matches the page it was found on.');
    expect(text).toContain('Certificate, 30 ECTS.');
    expect(text).toContain('Skills: Programming, Mathematics.');
    expect(text).toContain('not on the reviewer’s trust lists');
  });
  it('a mismatch is a warning', () => {
    expect(summaryText(copied, { match: 'mismatch', name: 'John Smith' }, { known: true, list: 'DCC' })).toContain(
      'Warning: issued to a different name (John Smith).',
    );
  });
});
