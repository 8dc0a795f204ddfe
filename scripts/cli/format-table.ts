import type { VerificationResult } from '../../lib/result/types';
import { checkWords, decidingCheck, issuerWords, reasonOf, statusWord } from './words';

const WIDTH = { status: 16, badge: 30, issuer: 26, issued: 10 };

function cell(text: string, width: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > width ? `${clean.slice(0, width - 1)}…` : clean.padEnd(width);
}

/** The human-readable report: one row per credential and who vouched for its issuer, then what went wrong, exactly. */
export function formatTable(results: readonly VerificationResult[]): string {
  if (results.length === 0) return 'No badge data found.\n';
  const header = [cell('STATUS', WIDTH.status), cell('BADGE', WIDTH.badge), cell('ISSUER', WIDTH.issuer), cell('ISSUED', WIDTH.issued), 'REASON'].join('  ');
  const rows = results.map((r) =>
    [
      cell(statusWord(r), WIDTH.status),
      cell(r.credential.name ?? '(unnamed)', WIDTH.badge),
      cell(r.credential.issuer?.name ?? r.credential.issuer?.id ?? '—', WIDTH.issuer),
      cell(r.credential.issued?.slice(0, 10) ?? '—', WIDTH.issued),
      `${reasonOf(r)}\n${' '.repeat(WIDTH.status)}  ↳ ${issuerWords(r)}`,
    ].join('  '),
  );
  const details = results.flatMap((r, i) => {
    const problems = r.checks.filter((c) => c.outcome === 'fail' || c.outcome === 'error');
    if (problems.length === 0) return [];
    const deciding = decidingCheck(r);
    return [
      `\n[${i + 1}] ${r.source} — ${r.format}`,
      ...problems.map((c) => `    ${c === deciding ? '✗' : c.outcome === 'error' ? '?' : '!'} ${checkWords(c)}${c.detail ? `\n      ${c.detail}` : ''}${c.pointer ? ` (at ${c.pointer})` : ''}  [${c.code}]`),
    ];
  });
  return `${[header, ...rows, ...details].join('\n')}\n`;
}
