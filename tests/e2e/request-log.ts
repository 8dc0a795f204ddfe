/**
 * Reading the demo server's request log in browser tests: which requests the page made itself, which
 * URLs the demo world's credentials name, and what is wrong with a request the extension made.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { GENERATED_DIR, type LoggedRequest } from '../../scripts/demo/server';
import { platformResources } from '../../scripts/demo/world';

/** Headers Chromium puts on every request; the extension may add only `Accept` (docs/SPEC.md §6). */
const BROWSER_HEADERS = new Set([
  'host',
  'connection',
  'user-agent',
  'accept-language',
  'accept-encoding',
  'sec-fetch-site',
  'sec-fetch-mode',
  'sec-fetch-dest',
  'sec-fetch-storage-access',
  'sec-ch-ua',
  'sec-ch-ua-mobile',
  'sec-ch-ua-platform',
  'priority',
]);

const header = (entry: LoggedRequest, name: string) => {
  const value = entry.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

/**
 * The page's own requests: the navigation to it, and what its documents loaded for their elements
 * (a destination other than `empty`, sent with the document as `Referer`). Everything else is counted
 * as the extension's, so an image the extension drew with an `<img>` (no referrer) is caught as its.
 */
export function isPageRequest(entry: LoggedRequest, pageUrl: string): boolean {
  const dest = header(entry, 'sec-fetch-dest');
  if (entry.url === pageUrl && dest === 'document' && header(entry, 'sec-fetch-mode') === 'navigate') return true;
  return dest !== undefined && dest !== 'empty' && header(entry, 'sec-fetch-site') !== 'none' && header(entry, 'referer') !== undefined;
}

/** Why a request the extension made breaks docs/SPEC.md §6, or nothing. */
export function privacyViolations(entry: LoggedRequest, pageUrl: string, named: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const pageOrigin = new URL(pageUrl).origin;
  if (entry.status === 'not-tls') return ['an http: request'];
  if (entry.method !== 'GET') problems.push(`method ${entry.method}`);
  if (header(entry, 'cookie') !== undefined) problems.push(`Cookie: ${header(entry, 'cookie')}`);
  if (header(entry, 'referer') !== undefined) problems.push(`Referer: ${header(entry, 'referer')}`);
  const origin = header(entry, 'origin');
  if (origin !== undefined && !origin.startsWith('chrome-extension://')) problems.push(`Origin: ${origin}`);
  for (const [name, value] of Object.entries(entry.headers)) {
    if (!['accept', 'cookie', 'referer', 'origin'].includes(name) && !BROWSER_HEADERS.has(name))
      problems.push(`header ${name}: ${String(value)}`);
    if (typeof value === 'string' && value.includes(pageOrigin) && name !== 'host') problems.push(`${name} names the page`);
  }
  // The worker's fetch, not an element in a page: no element-driven loads, no navigations.
  if (
    header(entry, 'sec-fetch-dest') !== 'empty' ||
    header(entry, 'sec-fetch-mode') !== 'cors' ||
    header(entry, 'sec-fetch-site') !== 'none'
  ) {
    problems.push(
      `not the worker's fetch (dest ${header(entry, 'sec-fetch-dest')}, mode ${header(entry, 'sec-fetch-mode')}, site ${header(entry, 'sec-fetch-site')})`,
    );
  }
  if (!named.has(entry.url)) problems.push('a URL no credential and no badge on the page names');
  return problems;
}

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath: string; isFile(): boolean }>)
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

/** JWS / JWT payloads in a text, decoded (signed badges carry their key and badge URLs there). */
function jwsPayloads(text: string): string[] {
  return [...text.matchAll(/eyJ[\w-]+\.([\w-]{8,})\.[\w-]*/g)].map((m) => Buffer.from(m[1]!, 'base64url').toString('latin1'));
}

/** Every https URL a text names, did:web identifiers turned into the URL of their DID document. */
function urlsIn(text: string): string[] {
  const urls = [...text.matchAll(/https:\/\/[^\s"'<>\\`)]+/g)].map((m) => m[0].replace(/[.,;]+$/, ''));
  for (const [, host, path] of text.matchAll(/did:web:([\w.-]+(?:%3A\d+)?)((?::[\w.-]+)*)/g)) {
    const domain = host!.replace('%3A', ':');
    urls.push(path ? `https://${domain}${path.replace(/:/g, '/')}/did.json` : `https://${domain}/.well-known/did.json`);
  }
  return urls.map((u) => u.split('#')[0]!);
}

/** The URLs the demo world's credentials, issuers, keys, status lists and platforms name, and the platforms' own. */
export function urlsNamedByCredentials(): Set<string> {
  const texts = filesUnder(GENERATED_DIR).map((file) => readFileSync(file).toString('latin1'));
  const platform = platformResources();
  for (const resource of platform.values()) texts.push(resource.body.toString());
  const named = new Set<string>(platform.keys());
  for (const text of texts) for (const source of [text, ...jwsPayloads(text)]) for (const url of urlsIn(source)) named.add(url);
  return named;
}

/** The absolute URLs of everything on the page that may be a badge: images, pictures, objects, CSS backgrounds, links. */
export function badgeUrlsOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls: string[] = [];
    for (const img of document.querySelectorAll('img')) urls.push(img.currentSrc || img.src);
    for (const source of document.querySelectorAll('source[srcset]'))
      urls.push(new URL((source.getAttribute('srcset') ?? '').trim().split(/\s+/)[0] ?? '', document.baseURI).href);
    for (const object of document.querySelectorAll('object[data]')) urls.push((object as HTMLObjectElement).data);
    for (const link of document.querySelectorAll('a[href]')) urls.push((link as HTMLAnchorElement).href);
    for (const element of document.querySelectorAll('*')) {
      const match = /url\(["']?([^"')]+)["']?\)/.exec(getComputedStyle(element).backgroundImage);
      if (match?.[1]) urls.push(new URL(match[1], document.baseURI).href);
    }
    return urls.filter((u) => u.startsWith('https://'));
  });
}
