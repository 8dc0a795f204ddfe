import type { VerificationResult } from '../../lib/result/types';

/** docs/SPEC.md §8: the columns, in this order. */
export const CSV_COLUMNS = [
  'page_url',
  'source',
  'format',
  'status',
  'assurance',
  'badge',
  'issuer',
  'issuer_id',
  'recipient',
  'recipient_match',
  'issued',
  'expires',
  'achievement_type',
  'credits',
  'skills',
  'trust',
  'checked_at',
  'failed_checks',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** `match` / `mismatch` when the recipient was checked (`--recipient`), `unknown` otherwise. */
export function recipientMatch(result: VerificationResult): 'match' | 'mismatch' | 'unknown' {
  const codes = new Set(result.checks.map((c) => c.code));
  return codes.has('recipient.mismatch') ? 'mismatch' : codes.has('recipient.match') ? 'match' : 'unknown';
}

/**
 * One credential as a CSV record. Achievement type, credits, skills and trust are not in the result
 * yet: empty until the result carries them.
 */
export function csvRecord(result: VerificationResult, pageUrl: string | undefined): Record<CsvColumn, string> {
  const { credential: c } = result;
  return {
    page_url: pageUrl ?? '',
    source: result.source,
    format: result.format,
    status: result.status,
    assurance: result.assurance,
    badge: c.name ?? '',
    issuer: c.issuer?.name ?? '',
    issuer_id: c.issuer?.id ?? '',
    recipient: c.recipient?.identity ?? '',
    recipient_match: recipientMatch(result),
    issued: c.issued ?? '',
    expires: c.expires ?? '',
    achievement_type: '',
    credits: '',
    skills: '',
    trust: '',
    checked_at: result.checkedAt,
    failed_checks: result.checks
      .filter((k) => k.outcome === 'fail' || k.outcome === 'error')
      .map((k) => k.code)
      .join('; '),
  };
}

/** A result and the credentials nested in it (a CLR's), each its own record. */
export function csvRecords(result: VerificationResult, pageUrl: string | undefined): Record<CsvColumn, string>[] {
  return [csvRecord(result, pageUrl), ...(result.nested ?? []).flatMap((n) => csvRecords(n, pageUrl))];
}

/**
 * RFC 4180: quoted when it holds a quote, comma or line break. A cell a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) is neutralised with a leading apostrophe.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export const csvHeader = (): string => csvLine(CSV_COLUMNS);
export const csvRows = (result: VerificationResult, pageUrl: string | undefined): string =>
  csvRecords(result, pageUrl)
    .map((record) => csvLine(CSV_COLUMNS.map((column) => record[column])))
    .join('');
