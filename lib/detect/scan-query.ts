/**
 * The scan's query: which elements a scan reads, sorted by kind, and the tests that pass over most of
 * them without parsing a URL (`find-candidates.ts` makes the candidates).
 */
import { candidateLinkSelector } from './link-hints';
import { LINK_HINT, linkProbe, mayBeCandidateLink } from './link-hints';
import { PLATFORM_HINTS } from './platform-hints';
import { resolveBase } from './resolve-base';

const SCRIPT_TYPES = new Set(['application/ld+json', 'application/vc+ld+json', 'application/vc+jwt', 'application/jwt', 'application/vc']);
const CREDENTIAL_TEXT =
  /openbadges|OpenBadgeCredential|AchievementCredential|ClrCredential|VerifiableCredential|EndorsementCredential|"Assertion"/;
const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const BADGE_NAMESPACES = ['http://openbadges.org', 'https://purl.imsglobal.org/ob/v3p0', 'https://purl.imsglobal.org/clr/v2p0'];
export const BADGE_HINT = /badge|credential|assertion|certif|openbadge/i;

/** Every attribute `findCandidates` reads: a change to one of them can reveal a badge. */
export const SCANNED_ATTRIBUTES: readonly string[] = [
  ...new Set(['src', 'srcset', 'href', 'data', 'style', 'class', ...PLATFORM_HINTS.embedAttributes]),
];

/** What a scan's query needs from its caller. */
export interface QueryOptions {
  /** CSS background image URLs of an element; only the content script can compute styles. */
  backgroundImageOf?: (element: Element) => string | undefined;
  /** Told of every `<img>` whose source the browser picks (`srcset`, `<picture>`): what it shows can change with no attribute changing. */
  onPickedImage?: (image: Element) => void;
}

/** Where to look: a document or element (descendants), or any set of elements a query can run over. */
export interface Scope {
  querySelectorAll(selectors: string): Iterable<Element>;
  /** The base URL of the scope's elements, where it is known before one is read (a browser's document). */
  readonly baseURI?: string | null | undefined;
  /** How many subtrees a query walks (1 when not given): each costs the caller a call into the DOM. */
  readonly parts?: number;
}

const EMBED_SELECTOR = PLATFORM_HINTS.embedAttributes.map((attribute) => `[${attribute}]`).join(', ');
const BACKGROUND_SELECTOR = '[style*="background"], [class*="badge" i]';
/** `<img>`s whose source the browser picks (`onPickedImage`). */
const PICKED_SELECTOR = 'img:is([srcset], picture > *)';
/**
 * Elements whose tag tells what they may hold, as one query: one walk of the scope, not one per kind.
 * Against a known base, links and frames that cannot be candidates are left out by the selector
 * itself (`candidateLinkSelector`): a feed's plain links are never handed to the script.
 */
function tagSelector(base: string | undefined): string {
  if (base === undefined) return 'script[type], svg, iframe[src], a[href], img, object[data], picture source[srcset]';
  BASES_READ.add(base);
  const key = `${BASES_READ.size} ${base}`;
  let selector = TAG_SELECTORS.get(key);
  if (selector === undefined) {
    if (TAG_SELECTORS.size >= 16) TAG_SELECTORS.clear();
    selector = tagSelectorFor(base, [...BASES_READ]);
    TAG_SELECTORS.set(key, selector);
  }
  return selector;
}

/** `tagSelector` against `base`, images having resolved their `src` against any of `earlierBases` (an `<img>` shows what it loaded then). */
export function tagSelectorFor(base: string, earlierBases: readonly string[]): string {
  const links = [candidateLinkSelector('iframe', 'src', base), candidateLinkSelector('a', 'href', base)];
  // Every image test under one `img:is()`: each selector of a list costs every element a check, so
  // the page's other elements are told apart from images once, not once per image rule.
  const images = `img:is(${candidateLinkSelector('', 'src', base, IMAGE_LITERALS, earlierBases)},${IMAGE_ANYWAY})`;
  return ['script[type], svg', ...links, images, 'object[data], picture source[srcset]'].join(', ');
}

/** Every base a scan read while this script ran: an `<img>` may still show what it resolved against an earlier one. */
const BASES_READ = new Set<string>();
const TAG_SELECTORS = new Map<string, string>();
const BADGE_WORDS = ['badge', 'credential', 'assertion', 'certif'];
/** In the address of every image `looksLikeBadgeImage` may take, besides the link hints. */
const IMAGE_LITERALS = ['.png', '.svg', ...BADGE_WORDS];
/**
 * What makes an `<img>` taken whatever its `src` says, as arguments of its `img:is()`: no `src` (what
 * it shows comes from elsewhere), a source the browser picks, or alt, class, title or a link around
 * it with a badge word (`BADGE_TEXT_SELECTOR`).
 */
const IMAGE_ANYWAY = [
  ':not([src])',
  '[data]',
  '[srcset]',
  ...BADGE_WORDS.flatMap((word) => ['alt', 'class', 'title'].map((attribute) => `[${attribute}*="${word}" i]`)),
  'picture *',
  `a:is(${BADGE_WORDS.map((word) => `[href*="${word}" i]`).join(',')}) *`,
].join(',');
/**
 * An element whose alt, class or title, or a link around it, has a word of `BADGE_HINT` in it, as one
 * selector: one call instead of four reads. (Any link around it, where `looksLikeBadgeImage` reads the
 * nearest: it may say yes more often, never less.)
 */
const BADGE_TEXT_SELECTOR = BADGE_WORDS.flatMap((word) => [
  ...['alt', 'class', 'title'].map((attribute) => `[${attribute}*="${word}" i]`),
  `a[href*="${word}" i] *`,
]).join(', ');

/** The tags of what `sortedElements` files under images. */
const IMAGE_TAGS = new Set(['img', 'object', 'source']);

/** The elements a scan reads, by kind, each list in document order. */
interface Sorted {
  scripts: Element[];
  svgs: Element[];
  /** Elements with an attribute a platform embed is read from. */
  embeds: Element[];
  frames: Element[];
  links: Element[];
  images: Element[];
  picked: Element[];
  backgrounds: Element[];
}

/**
 * Two queries: one for the elements a tag tells, one for the rarer ones only attributes tell
 * (platform embeds, backgrounds, images the browser picks), usually empty. A step per element found,
 * so that sorting a large page is spread over slices too.
 */
export function* sortedElements(root: Scope, options: QueryOptions, base: string | undefined): Generator<void, Sorted, void> {
  const sorted: Sorted = {
    scripts: [],
    svgs: [],
    embeds: [],
    frames: [],
    links: [],
    images: [],
    picked: [],
    backgrounds: [],
  };
  const byTag: Record<string, Element[]> = { script: sorted.scripts, svg: sorted.svgs, iframe: sorted.frames, a: sorted.links };
  const kindOf = (element: Element) => byTag[element.localName] ?? (IMAGE_TAGS.has(element.localName) ? sorted.images : undefined);
  const tags = tagSelector(base);
  const rare = [EMBED_SELECTOR, options.backgroundImageOf && BACKGROUND_SELECTOR, options.onPickedImage && PICKED_SELECTOR]
    .filter(Boolean)
    .join(', ');
  // Over many subtrees a query costs calls per subtree, and the rare kinds are rare: one query for both.
  const merged = rare !== '' && (root.parts ?? 1) > 1;
  const rareFound: Element[] = [];
  for (const element of root.querySelectorAll(merged ? `${tags}, ${rare}` : tags)) {
    const kind = kindOf(element);
    if (!merged) kind!.push(element);
    else if (kind && !element.matches(rare)) kind.push(element);
    else {
      rareFound.push(element);
      if (kind && element.matches(tags)) kind.push(element);
    }
    yield;
  }
  if (rare === '') return sorted;
  for (const element of merged ? rareFound : root.querySelectorAll(rare)) {
    if (EMBED_SELECTOR && element.matches(EMBED_SELECTOR)) sorted.embeds.push(element);
    if (options.backgroundImageOf && element.matches(BACKGROUND_SELECTOR)) sorted.backgrounds.push(element);
    if (options.onPickedImage && element.matches(PICKED_SELECTOR)) sorted.picked.push(element);
    yield;
  }
  return sorted;
}

/**
 * The image an `<img>`, `<object>` or `<picture><source>` shows: for an `<img>`, what the browser
 * loaded (`currentSrc`, which reflects `srcset`, `<picture>` and `<base>`), else its attributes.
 * `currentSrc` is read through `in`: the DOM's `Element` type does not have it, only `HTMLImageElement`.
 */
export function imageSource(element: Element): string | undefined {
  const loaded = 'currentSrc' in element ? element.currentSrc : undefined;
  if (typeof loaded === 'string' && loaded) return loaded;
  return element.getAttribute('src') ?? element.getAttribute('data') ?? element.getAttribute('srcset')?.trim().split(/\s+/)[0];
}

function hasNamespace(svg: Element, namespace: string): boolean {
  for (const attribute of Array.from(svg.attributes)) {
    if (attribute.name.startsWith('xmlns') && attribute.value === namespace) return true;
  }
  return svg.getElementsByTagNameNS?.(namespace, '*').length > 0;
}

/** False only for an image `looksLikeBadgeImage` would refuse, told from `probe` (`linkProbe` of its source) without parsing it. */
function mayLookLikeBadgeImage(probe: string, element: Element): boolean {
  return /^data:|\.(png|svg)/i.test(probe) || BADGE_HINT.test(probe) || element.matches(BADGE_TEXT_SELECTOR);
}

/** A `<script>`'s credential text (JSON-LD or a JWS), or `''` when it holds none. */
export function embeddedText(script: Element): string {
  const type = (script.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase();
  const text = SCRIPT_TYPES.has(type) ? (script.textContent ?? '').trim() : '';
  return text && (JWS.test(text) || CREDENTIAL_TEXT.test(text)) ? text : '';
}

/** Whether an inline `<svg>` declares or uses an Open Badges or CLR namespace. */
export function isBadgeSvg(svg: Element): boolean {
  return BADGE_NAMESPACES.some((namespace) => hasNamespace(svg, namespace));
}

/** False only for a link value (`href`, `src`) that cannot be a candidate, told without parsing it. */
export function mayBeLink(value: string | null, base: string): value is string {
  return !!value && mayBeCandidateLink(linkProbe(value, base));
}

/** False only for an image source that cannot be a badge image or a platform's link, told without parsing it. */
export function mayBeBadgeImage(value: string | null | undefined, element: Element, base: string): value is string {
  if (!value) return false;
  const probe = linkProbe(value, base);
  return probe === undefined || LINK_HINT.test(probe) || mayLookLikeBadgeImage(probe, element);
}

/**
 * What a probe found: nothing that can be a candidate (`false`); only links or frames whose text
 * holds a hint (`'link'`: many pages without badges have one, a `linkedin.com` link say); or another
 * element that passes, which nearly always is one (`'element'`: an image, a credential script, a badge
 * SVG, an embed, a background).
 */
export type Probed = false | 'link' | 'element';

/**
 * Whether anything under `root` may be a candidate: truthy whenever `scanCandidates` would find one,
 * since it is the tests that scan runs before it parses a URL, and false on most pages without
 * badges. The eager content script runs only this until it says yes, then loads the rest of
 * detection (`find-candidates.ts` and the platforms' rules). A step per element, as the scan.
 */
export function* mayHoldCandidates(root: Scope, pageUrl: string, options: QueryOptions = {}): Generator<void, Probed, void> {
  const known = root.baseURI;
  let base = typeof known === 'string' && known ? resolveBase(known, pageUrl) : undefined;
  const baseOf = (element: Element): string => (base ??= resolveBase(element.baseURI ?? '', pageUrl));
  const sorted = yield* sortedElements(root, options, base);
  for (const image of sorted.picked) options.onPickedImage?.(image);
  if (sorted.embeds.length > 0) return 'element';
  for (const script of sorted.scripts) {
    if (embeddedText(script)) return 'element';
    yield;
  }
  for (const svg of sorted.svgs) {
    if (isBadgeSvg(svg)) return 'element';
    yield;
  }
  for (const image of sorted.images) {
    if (mayBeBadgeImage(imageSource(image), image, baseOf(image))) return 'element';
    yield;
  }
  for (const element of sorted.backgrounds) {
    if (mayBeBadgeImage(options.backgroundImageOf?.(element), element, baseOf(element))) return 'element';
    yield;
  }
  for (const element of [...sorted.frames, ...sorted.links]) {
    if (mayBeLink(element.getAttribute(element.localName === 'a' ? 'href' : 'src'), baseOf(element))) return 'link';
    yield;
  }
  return false;
}
