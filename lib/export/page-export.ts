import type { VerificationResult } from '../result/types';
import type { TrustNote } from '../trust/trust-list';
import { csvHeader, csvRows, trustCell, type ExportContext } from './csv';
import { type ExportedResult, exportedResult } from './exported-result';

export type { ExportedResult, TrustNote };

export interface PageExport {
  page: string;
  exportedAt: string;
  results: ExportedResult[];
}

export interface ExportedPage {
  pageUrl: string;
  personName?: string | undefined;
  results: readonly VerificationResult[];
  trust?: ((result: VerificationResult) => TrustNote) | undefined;
}

const trustOf = (page: ExportedPage, result: VerificationResult): TrustNote => page.trust?.(result) ?? { known: false };

/** `{page, exportedAt, results}` (docs/SPEC.md §8), every result with its recipient match and trust note. */
export function pageJson(page: ExportedPage, now: number): PageExport {
  const notes = { personName: page.personName, trust: (r: VerificationResult) => trustOf(page, r) };
  return { page: page.pageUrl, exportedAt: new Date(now).toISOString(), results: page.results.map((r) => exportedResult(r, notes)) };
}

/** The page's results as CSV with the header row (nested CLR credentials as their own rows). */
export function pageCsv(page: ExportedPage): string {
  const context: ExportContext = { personName: page.personName, trust: (r) => trustCell(trustOf(page, r)) };
  return csvHeader() + page.results.map((r) => csvRows(r, page.pageUrl, context)).join('');
}
