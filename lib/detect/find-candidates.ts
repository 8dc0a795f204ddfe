import { MAX_CANDIDATES_PER_PAGE, candidateKey, type Candidate } from './candidate';
import { createLinkMemo, type LinkMemo, type Resolved } from './link-memo';
import { embedCredential, PLATFORMS } from './platforms';
import {
  BADGE_HINT,
  embeddedText,
  imageSource,
  isBadgeSvg,
  mayBeBadgeImage,
  mayBeLink,
  type QueryOptions,
  type Scope,
  sortedElements,
} from './scan-query';

export type { Scope } from './scan-query';
export { SCANNED_ATTRIBUTES, tagSelectorFor } from './scan-query';

export interface Found {
  candidate: Candidate;
  /** The element the verdict is drawn beside. */
  element: Element;
}

export interface FindOptions extends QueryOptions {
  /** Elements already reported (the content script keeps this across scans). */
  seen?: Set<string>;
  limit?: number;
  /**
   * Told of every element that shows a candidate, repeats and those past the limit included, so the
   * content script can tell which element shows what now.
   */
  onShown?: (element: Element, key: string) => void;
  /** URL answers kept across scans of one page view (`link-memo.ts`); by default, for this scan only. */
  memo?: LinkMemo;
}

/** Each platform embed, in the platforms' order: a scan reports embeds in this order, each in page order. */
const EMBEDS = PLATFORMS.flatMap((platform) => platform.embeds.map((embed) => ({ platform: platform.id, embed })));

/**
 * Candidates under `root`, each once. Uses only the DOM handed in, so the same code serves the
 * content script (live page) and the CLI (a parsed HTML file). Relative URLs resolve against each
 * element's `baseURI` (which honours `<base href>`), or `baseUrl` where the DOM has none; an `<img>`
 * is what the browser loaded for it (`currentSrc`) once it has loaded anything.
 */
export function findCandidates(root: Scope, baseUrl: string, options: FindOptions = {}): Found[] {
  const steps = scanCandidates(root, baseUrl, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `findCandidates` a step at a time: the generator pauses after the query and after each element, so
 * the content script can spread a large scan over several tasks (`slices.ts`). The DOM is queried once,
 * at the first step; its answer is `findCandidates`' answer for the DOM as it was then.
 */
export function* scanCandidates(root: Scope, baseUrl: string, options: FindOptions = {}): Generator<void, Found[], void> {
  const seen = options.seen ?? new Set<string>();
  const limit = options.limit ?? MAX_CANDIDATES_PER_PAGE;
  const found: Found[] = [];
  const add = (candidate: Candidate | undefined, element: Element) => {
    if (!candidate) return;
    const key = candidateKey(candidate);
    options.onShown?.(element, key);
    if (found.length >= limit || seen.has(key)) return;
    seen.add(key);
    found.push({ candidate, element });
  };
  const memo = options.memo ?? createLinkMemo();
  // Every element of a document resolves against the document's base URL: it is read once per scan.
  const known = root.baseURI;
  let base = typeof known === 'string' && known ? memo.base(known, baseUrl) : undefined;
  const baseOf = (element: Element): string => (base ??= memo.base(element.baseURI ?? '', baseUrl));
  const resolve = (value: string | null | undefined, element: Element): Resolved | undefined =>
    value ? memo.resolve(value, baseOf(element)) : undefined;
  const sorted = yield* sortedElements(root, options, base);
  for (const image of sorted.picked) options.onPickedImage?.(image);

  for (const script of sorted.scripts) {
    const text = embeddedText(script);
    if (text) add({ kind: 'embedded', text }, script);
    yield;
  }
  for (const svg of sorted.svgs) {
    if (isBadgeSvg(svg)) add({ kind: 'svg-markup', markup: svg.outerHTML }, svg);
    yield;
  }
  for (const { platform, embed } of EMBEDS) {
    for (const element of sorted.embeds) {
      if (!element.hasAttribute(embed.attribute)) continue;
      const credential = embedCredential(embed, element.getAttribute(embed.attribute) ?? '');
      if (credential) add({ kind: 'platform', platform, ...credential }, element);
      yield;
    }
  }
  // Most links and images on a page are neither; a cheap look at their text passes over them unparsed
  // (the tests `mayHoldCandidates` runs alone).
  const linkCandidate = (value: string | null, element: Element): Candidate | undefined => {
    const from = baseOf(element);
    return mayBeLink(value, from) ? memo.resolve(value, from)?.candidate : undefined;
  };
  for (const frame of sorted.frames) {
    add(linkCandidate(frame.getAttribute('src'), frame), frame);
    yield;
  }
  for (const link of sorted.links) {
    add(linkCandidate(link.getAttribute('href'), link), link);
    yield;
  }
  for (const image of sorted.images) {
    const value = imageSource(image);
    if (mayBeBadgeImage(value, image, baseOf(image))) {
      const src = resolve(value, image);
      if (src?.candidate?.kind === 'platform') add(src.candidate, image);
      else if (src && looksLikeBadgeImage(src.href, image)) add({ kind: 'image', url: src.href }, image);
    }
    yield;
  }
  for (const element of sorted.backgrounds) {
    const value = options.backgroundImageOf?.(element);
    const src = mayBeBadgeImage(value, element, baseOf(element)) ? resolve(value, element)?.href : undefined;
    if (src && looksLikeBadgeImage(src, element)) add({ kind: 'image', url: src }, element);
    yield;
  }
  return found;
}
/** Bytes are fetched only for images that may be baked: PNG/SVG files or images that look like badges. */
function looksLikeBadgeImage(src: string, element: Element): boolean {
  if (/^data:image\/(png|svg\+xml)/i.test(src)) return true;
  if (src.startsWith('data:')) return false;
  const path = src.split(/[?#]/)[0] ?? '';
  if (/\.(png|svg)$/i.test(path)) return true;
  const context = [
    src,
    element.getAttribute('alt'),
    element.getAttribute('class'),
    element.getAttribute('title'),
    element.closest('a')?.getAttribute('href'),
  ].join(' ');
  return BADGE_HINT.test(context) && !/\.(jpe?g|gif|webp|avif|ico)$/i.test(path);
}
