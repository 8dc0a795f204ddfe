import type { VerificationResult } from '../../lib/result/types';
import { type Paint, STATUS_TONE } from './colour';
import { checkWords, decidingCheck, issuerWords, reasonOf, statusWord } from './words';

const WIDTH = { status: 16, badge: 30, issuer: 26, issued: 10 };

function cell(text: string, width: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > width ? `${clean.slice(0, width - 1)}…` : clean.padEnd(width);
}

export const NOTHING_FOUND = 'No badge data found.\n';

export function tableHeader(): string {
  return `${[cell('STATUS', WIDTH.status), cell('BADGE', WIDTH.badge), cell('ISSUER', WIDTH.issuer), cell('ISSUED', WIDTH.issued), 'REASON'].join('  ')}\n`;
}

/** One credential's row and, under it, who vouched for its issuer. */
export function tableRow(r: VerificationResult, paint: Paint): string {
  return `${[
    paint(cell(statusWord(r), WIDTH.status), STATUS_TONE[r.status]),
    cell(r.credential.name ?? '(unnamed)', WIDTH.badge),
    cell(r.credential.issuer?.name ?? r.credential.issuer?.id ?? '—', WIDTH.issuer),
    cell(r.credential.issued?.slice(0, 10) ?? '—', WIDTH.issued),
    `${reasonOf(r)}\n${' '.repeat(WIDTH.status)}  ${paint('↳', 'dim')} ${issuerWords(r)}`,
  ].join('  ')}\n`;
}

/** What went wrong with row `n`, exactly (empty when nothing failed): printed after the table. */
export function tableDetails(r: VerificationResult, n: number, paint: Paint): string {
  const problems = r.checks.filter((c) => c.outcome === 'fail' || c.outcome === 'error');
  if (problems.length === 0) return '';
  const deciding = decidingCheck(r);
  const mark = (c: (typeof problems)[number]) =>
    c === deciding ? paint('✗', 'bad') : c.outcome === 'error' ? paint('?', 'caution') : paint('!', 'caution');
  return `${[
    `\n[${n}] ${r.source} — ${r.format}`,
    ...problems.map(
      (c) => `    ${mark(c)} ${checkWords(c)}${c.detail ? `\n      ${c.detail}` : ''}${c.pointer ? ` (at ${c.pointer})` : ''}  [${c.code}]`,
    ),
  ].join('\n')}\n`;
}
