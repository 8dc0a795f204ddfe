import type { RecipientMatchKind } from '../result/vocabulary';

/** Titles and post-nominals that say nothing about who a person is. */
const NOISE = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'phd',
  'msc',
  'bsc',
  'ba',
  'ma',
  'mba',
  'md',
  'jr',
  'sr',
  'ii',
  'iii',
  'herr',
  'frau',
  'mme',
  'mlle',
  'm',
]);

/** Letters NFD does not split into a base letter and a mark. */
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** A name as comparable words: accents and case folded, punctuation and titles dropped ("Dr. José Núñez-Ruiz" → jose nunez ruiz). */
export function nameTokens(name: string): string[] {
  const folded = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLD[c] ?? c);
  return folded.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '' && !NOISE.has(t));
}

const isInitial = (token: string) => token.length === 1;
const tokensMatch = (a: string, b: string) => a === b || ((isInitial(a) || isInitial(b)) && a[0] === b[0]);

/**
 * Whether two names name the same person, as far as names can tell: case, accents, order ("Lovelace,
 * Ada"), middle names and initials ("A. Lovelace") are tolerated; every word of the shorter name must
 * match a different word of the longer, and at least one must be a whole word of two letters or more.
 * `unknown` when either is too short to tell, or they are in different scripts.
 */
export function compareNames(a: string, b: string): RecipientMatchKind {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (x.length === 0 || y.length === 0) return 'unknown';
  if (/[a-z]/.test(x.join('')) !== /[a-z]/.test(y.join(''))) return 'unknown';
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.length === 1) return shorter[0] === longer[0] && longer.length === 1 ? 'match' : 'unknown';
  return coveredBy(shorter, longer) ? 'match' : 'mismatch';
}

/** Every token of `shorter` pairs with a distinct token of `longer`, whole words first, one whole word at least. */
function coveredBy(shorter: string[], longer: string[]): boolean {
  const free = [...longer];
  const take = (token: string, exact: boolean) => {
    const i = free.findIndex((f) => (exact ? f === token : tokensMatch(token, f)));
    if (i >= 0) free.splice(i, 1);
    return i >= 0;
  };
  const wholes = shorter.filter((t) => !isInitial(t));
  const exact = wholes.filter((t) => take(t, true));
  const rest = [...wholes.filter((t) => !exact.includes(t)), ...shorter.filter(isInitial)];
  const loose = rest.filter((t) => !take(t, false));
  return loose.length === 0 && exact.some((t) => t.length >= 2);
}
