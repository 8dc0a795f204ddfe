/**
 * The longest value each kind of field may have when it crosses a message boundary. The schemas in
 * `schemas.ts` and `messages.ts` are built from these numbers and `cap.ts` truncates to what the
 * schemas say, so a sender that caps can never be refused for length. The few the eager content
 * script reads are also single constants, so its bundle holds them and not this whole table.
 */
/** Page, link and platform URLs. */
export const URL_MAX = 8192;
/** A platform's credential id. */
export const PLATFORM_ID_MAX = 512;
/** Image URLs (often `data:`), inline SVG markup, a result's source and a credential's image. */
export const BULK_MAX = 2_000_000;
/** The text of an inline `<script>` credential. */
export const EMBEDDED_MAX = 1_000_000;

export const LIMITS = {
  url: URL_MAX,
  /** An element's handle and a navigation's id (both made by the content script). */
  ref: 64,
  platformId: PLATFORM_ID_MAX,
  /** Credential texts and check details. */
  text: 20_000,
  pointer: 2000,
  bulk: BULK_MAX,
  embedded: EMBEDDED_MAX,
  checks: 200,
  nested: 100,
  checkedAt: 40,
  site: 300,
  fileName: 500,
  fileBase64: 12_000_000,
  recipient: 500,
  /** Tags, skills, evidence and a CLR's achievements in a credential's about section, each. */
  aboutItems: 50,
  /** The name of the person a page is about. */
  personName: 200,
} as const;

/** Ends every string `capText` shortened, so a reader sees that something was cut. */
export const TRUNCATION_MARKER = '… [truncated]';

/**
 * `value` if it has at most `max` characters, else its first characters and the marker, `max` in all.
 * Characters are code points, as the schemas count them (a surrogate pair is one, and is never split).
 */
export function capText(value: string, max: number): string {
  if (value.length <= max) return value;
  const marker = max >= TRUNCATION_MARKER.length ? TRUNCATION_MARKER : '';
  const keep = max - marker.length;
  let points = 0;
  let cut = 0;
  for (let i = 0; i < value.length; i++) {
    if (points === keep) cut = i;
    if (++points > max) return value.slice(0, cut) + marker;
    if (isPairAt(value, i)) i++;
  }
  return value;
}

/**
 * `capText(url, LIMITS.url)` without its walk over code points, for the eager content script: a URL
 * as the browser serialises it is ASCII (percent escapes, punycode), where both cut alike. Any other
 * text is cut by UTF-16 units, so it still fits (it is never longer in code points).
 */
export function capUrl(url: string): string {
  return url.length <= URL_MAX ? url : url.slice(0, URL_MAX - TRUNCATION_MARKER.length) + TRUNCATION_MARKER;
}

function isPairAt(value: string, i: number): boolean {
  return (value.charCodeAt(i) & 0xfc00) === 0xd800 && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}
