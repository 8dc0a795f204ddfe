import type { Candidate } from './candidate';
import { PLATFORMS, platformById } from './platforms';

/** LinkedIn wraps outbound links in `/redir/redirect?url=…`; the badge is behind it. */
export function unwrapLink(href: string): string {
  try {
    const url = new URL(href);
    if (/(^|\.)linkedin\.com$/i.test(url.hostname) && url.pathname.startsWith('/redir/redirect')) {
      const inner = url.searchParams.get('url');
      if (inner) return unwrapLink(inner);
    }
    const verifyHash = /^#verify\?vc=(.+)$/.exec(url.hash);
    if (verifyHash?.[1]) return decodeURIComponent(verifyHash[1]);
    return url.href;
  } catch {
    return href;
  }
}

/** A link's candidate, if it points at a credential; undefined for every other link. */
export function candidateForLink(href: string): Candidate | undefined {
  try {
    return candidateForUrl(new URL(href));
  } catch {
    return undefined;
  }
}

/** The same for a URL already parsed (parsing is most of what classifying a link costs). */
export function candidateForUrl(parsed: URL): Candidate | undefined {
  const url = unwrapped(parsed);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  // A platform that owns the host decides alone; otherwise platforms found on any host try their paths.
  const owner = PLATFORMS.find((platform) => platform.hosts !== 'any' && platform.hosts.test(url.hostname));
  for (const platform of owner ? [owner] : PLATFORMS.filter((p) => p.hosts === 'any')) {
    const credential = platform.fromLink(url);
    if (credential) return { kind: 'platform', platform: platform.id, ...credential };
  }
  if (owner) return undefined;
  if (/\.(json|jws|jwt)$/i.test(url.pathname)) return { kind: 'link', url: url.href };
  return undefined;
}

/** `unwrapLink` over a parsed URL, parsing again only what a wrapper holds; undefined when that does not parse. */
function unwrapped(url: URL): URL | undefined {
  if (/(^|\.)linkedin\.com$/i.test(url.hostname) && url.pathname.startsWith('/redir/redirect')) {
    const inner = url.searchParams.get('url');
    if (inner) return parsed(unwrapLink(inner));
  }
  const verifyHash = /^#verify\?vc=(.+)$/.exec(url.hash);
  if (!verifyHash?.[1]) return url;
  try {
    return parsed(decodeURIComponent(verifyHash[1]));
  } catch {
    return url;
  }
}

function parsed(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

/** In the text of every link that can be a candidate: a platform's hint, a credential file, a LinkedIn wrapper, a `#verify` link. */
export const LINK_HINT = new RegExp(
  [...PLATFORMS.map((p) => p.linkHint.source), '\\.(?:json|jws|jwt)', 'linkedin\\.com', '#verify'].join('|'),
  'i',
);

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

/** Where a platform publishes Open Badges data for a credential, or undefined when it publishes none. */
export function platformDataUrl(candidate: Extract<Candidate, { kind: 'platform' }>): string | undefined {
  return platformById(candidate.platform).dataUrl?.(candidate);
}

/**
 * The literals a match of `hint` must contain, one list per top-level alternative (any one of a list
 * is in every match of it); undefined when some alternative has none of at least 3 characters that
 * this small reading of the pattern can be sure of (then no link may be passed over by selector).
 */
export function hintLiterals(hint: RegExp): string[][] | undefined {
  const lists: string[][] = [];
  for (const alternative of splitTopLevel(hint.source)) {
    const literals = requiredLiterals(alternative);
    if (!literals) return undefined;
    lists.push(literals);
  }
  return lists;
}

/** `source` split at the `|`s outside groups and classes. */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** A character written as `\c` that stands for itself. */
const ESCAPED_LITERAL = /^[.\\/\-?#+*()[\]{}|^$:&=!,'"<>@%~]$/;
/** Outside classes and escapes, characters that stand for themselves. */
const PLAIN_ATOM = /^[A-Za-z0-9_/\-#:&=!,'"<>@%~ ]$/;

/**
 * For one alternative: its atoms in order, each the strings it matches (a literal character, or a
 * `(?:a|b)` group of plain literals) or null for anything else; the run of known atoms whose shortest
 * product is longest is what every match contains.
 */
function requiredLiterals(alternative: string): string[] | undefined {
  const atoms: Array<string[] | null> = [];
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i]!;
    if (c === '\\') {
      const next = alternative[++i] ?? '';
      atoms.push(ESCAPED_LITERAL.test(next) ? [next] : null);
    } else if (c === '(') {
      const close = alternative.indexOf(')', i);
      const body = alternative.slice(i + 1, close);
      const options = body.startsWith('?:') ? splitTopLevel(body.slice(2)).map(plainText) : [];
      atoms.push(close > i && options.length > 0 && options.every((o) => o !== undefined) ? (options as string[]) : null);
      i = close < 0 ? alternative.length : close;
    } else if (c === '?' || c === '*' || c === '+' || c === '{') {
      // The atom before a quantifier may be absent or repeated: it is not a known part of every match.
      atoms.pop();
      atoms.push(null);
      if (c === '{') i = Math.max(i, alternative.indexOf('}', i));
    } else if (c === '[') {
      atoms.push(null);
      for (i++; i < alternative.length && alternative[i] !== ']'; i++) if (alternative[i] === '\\') i++;
    } else atoms.push(PLAIN_ATOM.test(c) ? [c] : null);
  }
  let best: string[] | undefined;
  let run: string[] = [''];
  const consider = () => {
    const shortest = Math.min(...run.map((s) => s.length));
    if (shortest >= 3 && (!best || shortest > Math.min(...best.map((s) => s.length)))) best = run;
  };
  for (const atom of atoms) {
    if (atom && run.length * atom.length <= 16) run = run.flatMap((head) => atom.map((tail) => head + tail));
    else {
      consider();
      run = atom ?? [''];
    }
  }
  consider();
  return best?.map((s) => s.toLowerCase());
}

/** The text a group option stands for, when it is only plain characters and escaped literals. */
function plainText(option: string): string | undefined {
  let text = '';
  for (let i = 0; i < option.length; i++) {
    const c = option[i]!;
    if (c === '\\' && ESCAPED_LITERAL.test(option[i + 1] ?? '')) text += option[++i];
    else if (PLAIN_ATOM.test(c)) text += c;
    else return undefined;
  }
  return text;
}

const HINT_LITERALS = hintLiterals(LINK_HINT);

/**
 * A selector for the `tag[attribute]` links that may be candidates against `base`: it may pick more,
 * never fewer (`tests/unit/detect/link-selector.test.ts`). A link is passed over only when it is
 * relative, or absolute on the base's own origin, and holds none of the hints' literals. That is safe
 * because such a link resolves to a prefix of the base (origin, a directory, the path, the query) followed by
 * the link's text, with at most these changes: a character percent-encoded (`%XX`, whose hex digits can
 * begin a literal: those are left off what is looked for), and what the selector always picks (tabs
 * and newlines removed, `\` read as `/`, dot segments, escapes, a host after `//`). A hint that the base could
 * begin, or holds, makes every link a maybe.
 */
export function candidateLinkSelector(tag: string, attribute: string, base: string): string {
  const all = `${tag}[${attribute}]`;
  const origin = /^https?:\/\/[^/?#]+/i.exec(base)?.[0];
  if (!HINT_LITERALS || !origin) return all;
  const cuts = cutPoints(base, origin.length);
  const lower = base.toLowerCase();
  const literals = [...new Set(HINT_LITERALS.flat())];
  if (literals.some((literal) => literal.includes('%') || threatens(literal, lower, cuts))) return all;
  const sameOrigin = `:not([${attribute}^=${cssString(`${origin}/`)} i])`;
  const always = ['%', '\\', '\t', '\n', '\r', '/.'].map((text) => `${all}[${attribute}*=${cssString(text)}]`);
  // A literal found in the link's text may begin inside a `%XX` its encoding made: up to two hex digits.
  const named = literals.map((literal) => literal.replace(/^[0-9a-f]{1,2}/i, ''));
  if (named.some((text) => text.length === 0)) return all;
  return [
    `${all}[${attribute}*=":"]${sameOrigin}`,
    `${all}[${attribute}*="//"]${sameOrigin}`,
    ...always,
    ...named.map((text) => `${all}[${attribute}*=${cssString(text)} i]`),
  ].join(', ');
}

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
