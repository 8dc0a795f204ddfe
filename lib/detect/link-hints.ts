/** What a link's text must hold to be a candidate, told without parsing it: the hints, the probe, the query's selector. */
import { PLATFORM_HINTS } from './platform-hints';

/**
 * Lowercase text, one of which is in the text of every link that can be a candidate: a platform's
 * hint, a credential file's extension, a LinkedIn wrapper, a `#verify` link.
 */
export const HINT_LITERALS: readonly string[] = [...PLATFORM_HINTS.hints, '.json', '.jws', '.jwt', 'linkedin.com', '#verify'];

/** `HINT_LITERALS` as one pattern. */
export const LINK_HINT = new RegExp(HINT_LITERALS.map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');

/** Plain ASCII with nothing the URL parser rewrites: no percent escapes, backslashes, dot segments or spaces. */
const PLAIN = /^[!-$&-[\]-~]*$/;
/** The URL standard's special schemes, whose `scheme:path` may be relative to a base of the same scheme. */
const SPECIAL_SCHEMES = /^(?:https?|wss?|ftp|file)$/i;

/**
 * Text that holds every part of the URL `value` resolves to against `base`, so that a hint not found
 * in it is not in the URL either; undefined when only parsing can tell (escapes, dot segments).
 */
export function linkProbe(value: string, base: string): string | undefined {
  const v = value.trim();
  if (!PLAIN.test(v) || v.includes('/.') || v.startsWith('.')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v);
  // `https:page` against an https base is relative to it: only parsing can tell.
  if (scheme && !v.startsWith('//', scheme[0].length) && SPECIAL_SCHEMES.test(scheme[1]!)) return undefined;
  if (scheme || v.startsWith('//')) return v;
  if (v.startsWith('/')) return base.slice(0, base.indexOf('/', base.indexOf('//') + 2) >>> 0) + v;
  if (v === '' || v.startsWith('?') || v.startsWith('#')) return base + v;
  const path = base.split(/[?#]/, 1)[0]!;
  return path.slice(0, path.lastIndexOf('/') + 1) + v;
}

/** False only for a link that cannot be a candidate, told without parsing it. */
export function mayBeCandidateLink(probe: string | undefined): boolean {
  return probe === undefined || LINK_HINT.test(probe);
}

/**
 * A selector for the `tag[attribute]` links that may be candidates against `base`: it may pick more,
 * never fewer (`tests/unit/detect/link-selector.test.ts`). A link is passed over only when it is
 * relative, or absolute on the base's own origin, and holds none of the hints' literals. That is safe
 * because such a link resolves to a prefix of the base (origin, a directory, the path, the query) followed by
 * the link's text, with at most these changes: a character percent-encoded (`%XX`, whose hex digits can
 * begin a literal: those are left off what is looked for), and what the selector always picks (tabs
 * and newlines removed, `\` read as `/`, dot segments, escapes, a host after `//`). A hint that the base could
 * begin, or holds, makes every link a maybe. `also`: more literals to keep (an image's); `earlierBases`:
 * other bases the text may have been resolved against (an `<img>` shows what it loaded then).
 */
export function candidateLinkSelector(
  tag: string,
  attribute: string,
  base: string,
  also: readonly string[] = [],
  earlierBases: readonly string[] = [],
): string {
  const all = `${tag}[${attribute}]`;
  const origin = ORIGIN.exec(base)?.[0];
  if (!origin) return all;
  const literals = [...new Set([...HINT_LITERALS, ...also])];
  for (const each of [base, ...earlierBases]) {
    const end = ORIGIN.exec(each)?.[0].length;
    const cuts = end === undefined ? [] : cutPoints(each, end);
    const lower = each.toLowerCase();
    if (end === undefined || literals.some((literal) => literal.includes('%') || threatens(literal, lower, cuts))) return all;
  }
  const sameOrigin = `:not([${attribute}^=${cssString(`${origin}/`)} i])`;
  const always = ['%', '\\', '\t', '\n', '\r', '/.'].map((text) => `[${attribute}*=${cssString(text)}]`);
  // A literal found in the link's text may begin inside a `%XX` its encoding made: up to two hex digits.
  const named = literals.map((literal) => literal.replace(/^[0-9a-f]{1,2}/i, ''));
  if (named.some((text) => text.length === 0)) return all;
  // One `:is()`: the tag is matched once per element, not once per literal.
  const any = [
    `[${attribute}*=":"]${sameOrigin}`,
    `[${attribute}*="//"]${sameOrigin}`,
    ...always,
    ...named.map((text) => `[${attribute}*=${cssString(text)} i]`),
  ];
  return `${all}:is(${any.join(',')})`;
}

const ORIGIN = /^https?:\/\/[^/?#]+/i;

/**
 * Where a link's resolved text can begin after a prefix of `base`, and the character it then begins
 * with (`undefined`: any): `/` after the origin, anything after each `/` of the path, `?` after the
 * path, `#` after the query.
 */
function cutPoints(base: string, originEnd: number): Array<[number, string | undefined]> {
  const hash = base.indexOf('#');
  const end = hash < 0 ? base.length : hash;
  const query = base.indexOf('?');
  const pathEnd = query < 0 || query > end ? end : query;
  const cuts: Array<[number, string | undefined]> = [
    [originEnd, '/'],
    [pathEnd, '?'],
    [end, '#'],
  ];
  for (let i = originEnd; i < pathEnd; i++) if (base[i] === '/') cuts.push([i + 1, undefined]);
  return cuts;
}

/** Whether `base` holds `literal`, or a prefix of it cut at a cut point ends with the beginning of `literal` that the next character could go on. */
function threatens(literal: string, base: string, cuts: Array<[number, string | undefined]>): boolean {
  if (base.includes(literal)) return true;
  for (const [cut, next] of cuts) {
    const prefix = base.slice(0, cut);
    for (let k = 1; k < literal.length; k++) {
      if (prefix.endsWith(literal.slice(0, k)) && (next === undefined || literal[k] === next)) return true;
    }
  }
  return false;
}

function cssString(text: string): string {
  return `"${text.replace(/[^A-Za-z0-9./:#?_ -]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
