import type { VerificationResult } from '../../lib/result/types';
import { type Paint, STATUS_TONE } from './colour';
import { basename } from 'node:path';
import { isTrustNote } from '../../lib/export/exported-result';
import { checkWords, decidingCheck, issuerWords, reasonOf, statusWord, trustWords } from './words';

const WIDTH = { status: 16, badge: 30, issuer: 26, issued: 10, input: 24 };

function cell(text: string, width: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > width ? `${clean.slice(0, width - 1)}…` : clean.padEnd(width);
}

export const NOTHING_FOUND = 'No badge data found.\n';

export function tableHeader(): string {
  const cells = [cell('STATUS', WIDTH.status), cell('BADGE', WIDTH.badge), cell('ISSUER', WIDTH.issuer), cell('ISSUED', WIDTH.issued)];
  return `${[...cells, cell('INPUT', WIDTH.input), 'REASON'].join('  ')}\n`;
}

/**
 * The input a row came from: a file's name, shortened in the middle so its start and extension stay
 * (`ob3-recruiter-cert….json`), or a URL without its scheme, its end kept (`…assertion.php?b=9f2c`).
 */
export function inputCell(input: string): string {
  const width = WIDTH.input;
  if (/^https?:\/\//i.test(input)) {
    const url = oneLine(input.replace(/^https?:\/\//i, ''));
    return url.length > width ? `…${url.slice(url.length - width + 1)}` : url.padEnd(width);
  }
  const name = input === '-' ? '(stdin)' : oneLine(basename(input));
  if (name.length <= width) return name.padEnd(width);
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(name)?.[0] ?? '';
  return `${name.slice(0, width - 1 - ext.length)}…${ext}`;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One credential's row and, under it, who vouched for its issuer (and, with `--trust`, whether it is known). */
export function tableRow(r: VerificationResult, paint: Paint, input: string): string {
  const trust = 'trust' in r && isTrustNote(r.trust) ? ` · ${trustWords(r.trust)}` : '';
  return `${[
    paint(cell(statusWord(r), WIDTH.status), STATUS_TONE[r.status]),
    cell(r.credential.name ?? '(unnamed)', WIDTH.badge),
    cell(r.credential.issuer?.name ?? r.credential.issuer?.id ?? '—', WIDTH.issuer),
    cell(r.credential.issued?.slice(0, 10) ?? '—', WIDTH.issued),
    inputCell(input),
    `${reasonOf(r)}\n${' '.repeat(WIDTH.status)}  ${paint('↳', 'dim')} ${issuerWords(r)}${trust}`,
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
