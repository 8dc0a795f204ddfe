/**
 * The longest value each kind of field may have when it crosses a message boundary. The schemas in
 * `schemas.ts` and `messages.ts` are built from these numbers and `cap.ts` truncates to what the
 * schemas say, so a sender that caps can never be refused for length.
 */
export const LIMITS = {
  /** Page, link and platform URLs. */
  url: 8192,
  /** An element's handle and a navigation's id (both made by the content script). */
  ref: 64,
  /** A platform's credential id. */
  platformId: 512,
  /** Credential texts and check details. */
  text: 20_000,
  pointer: 2000,
  /** Image URLs (often `data:`), inline SVG markup, a result's source and a credential's image. */
  bulk: 2_000_000,
  /** The text of an inline `<script>` credential. */
  embedded: 1_000_000,
  checks: 200,
  nested: 100,
  checkedAt: 40,
  site: 300,
  fileName: 500,
  fileBase64: 12_000_000,
  recipient: 500,
} as const;

/** Ends every string `capText` shortened, so a reader sees that something was cut. */
export const TRUNCATION_MARKER = '… [truncated]';

/** `value` if it fits in `max` UTF-16 units, else its start and the marker, exactly `max` long at most. */
export function capText(value: string, max: number): string {
  if (value.length <= max) return value;
  if (max < TRUNCATION_MARKER.length) return value.slice(0, max);
  let keep = max - TRUNCATION_MARKER.length;
  const last = value.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep--; // never split a surrogate pair
  return value.slice(0, keep) + TRUNCATION_MARKER;
}
