import { exportRecipientMatch, isTrustNote } from './exported-result';
import type { AboutCredential, VerificationResult } from '../result/types';
import type { TrustNote } from '../trust/trust-list';

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

/** What an export knows beyond the results: whose page they were found on, and the trust note of each. */
export interface ExportContext {
  personName?: string | undefined;
  trust?: ((result: VerificationResult) => string) | undefined;
}

/**
 * `match` / `mismatch` when the recipient was checked (`--recipient`); else the recipient's name
 * against the page's person when both are known (docs/SPEC.md §8); `unknown` otherwise.
 */
export function recipientMatch(result: VerificationResult, personName?: string): 'match' | 'mismatch' | 'unknown' {
  return exportRecipientMatch(result, personName).match;
}

/** Credits as stated: a CLR's total, else earned, else available, with the unit when given. */
export function creditsCell(about: AboutCredential | undefined): string {
  const value = about?.creditsTotal ?? about?.creditsEarned ?? about?.creditsAvailable;
  if (value === undefined) return '';
  return about?.creditUnit ? `${value} ${about.creditUnit}` : String(value);
}

/** One credential as a CSV record. */
export function csvRecord(result: VerificationResult, pageUrl: string | undefined, context: ExportContext = {}): Record<CsvColumn, string> {
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
    recipient: c.recipient?.name ?? c.recipient?.identity ?? '',
    recipient_match: recipientMatch(result, context.personName),
    issued: c.issued ?? '',
    expires: c.expires ?? '',
    achievement_type: result.about?.achievementType ?? '',
    credits: creditsCell(result.about),
    skills: (result.about?.skills ?? []).map((s) => s.name).join('; '),
    trust: context.trust?.(result) ?? ('trust' in result && isTrustNote(result.trust) ? trustCell(result.trust) : ''),
    checked_at: result.checkedAt,
    failed_checks: result.checks
      .filter((k) => k.outcome === 'fail' || k.outcome === 'error')
      .map((k) => k.code)
      .join('; '),
  };
}

/** A result and the credentials nested in it (a CLR's), each its own record. */
export function csvRecords(
  result: VerificationResult,
  pageUrl: string | undefined,
  context: ExportContext = {},
): Record<CsvColumn, string>[] {
  return [csvRecord(result, pageUrl, context), ...(result.nested ?? []).flatMap((n) => csvRecords(n, pageUrl, context))];
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
export const csvRows = (result: VerificationResult, pageUrl: string | undefined, context: ExportContext = {}): string =>
  csvRecords(result, pageUrl, context)
    .map((record) => csvLine(CSV_COLUMNS.map((column) => record[column])))
    .join('');

/** The trust column: `known: <list>` or `not on your lists`. */
export function trustCell(trust: TrustNote): string {
  return trust.known ? `known${trust.list ? `: ${trust.list}` : ''}` : 'not on your lists';
}
