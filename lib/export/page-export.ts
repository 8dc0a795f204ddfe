import { recipientMatch as nameMatch, type RecipientMatch } from '../checks/recipient-match';
import type { VerificationResult } from '../result/types';
import type { TrustNote } from '../trust/trust-list';

export type { TrustNote };
import { csvHeader, csvRows, trustCell, type ExportContext } from './csv';

/** A result as exported: the CLI's Result shape plus whose it is and whether its issuer is known. */
export type ExportedResult = VerificationResult & { recipientMatch: RecipientMatch; trust: TrustNote };

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
  const exported = (result: VerificationResult): ExportedResult => ({
    ...result,
    ...(result.nested ? { nested: result.nested.map(exported) } : {}),
    recipientMatch: nameMatch(result.credential, page.personName),
    trust: trustOf(page, result),
  });
  return { page: page.pageUrl, exportedAt: new Date(now).toISOString(), results: page.results.map(exported) };
}

/** The page's results as CSV with the header row (nested CLR credentials as their own rows). */
export function pageCsv(page: ExportedPage): string {
  const context: ExportContext = { personName: page.personName, trust: (r) => trustCell(trustOf(page, r)) };
  return csvHeader() + page.results.map((r) => csvRows(r, page.pageUrl, context)).join('');
}
