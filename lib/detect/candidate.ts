import type { Platform } from './platforms';

export type { Platform };

/** Something on a page that may be a badge. The background worker turns each into a result. */
export type Candidate =
  /** Image bytes to fetch and unbake (img, picture, object, CSS background). */
  | { kind: 'image'; url: string }
  /** Inline `<svg>` markup that carries a badge element. */
  | { kind: 'svg-markup'; markup: string }
  /** Text of a `<script>` holding an assertion, a credential or a JWS. */
  | { kind: 'embedded'; text: string }
  /** A link to a hosted assertion or credential file. */
  | { kind: 'link'; url: string }
  /** A platform credential page or embed, resolved to its public Open Badges data when it has any. */
  | { kind: 'platform'; platform: Platform; url: string; id: string };

export const MAX_CANDIDATES_PER_PAGE = 300;

/** Stable identity of a candidate, so re-renders of the same badge are reported once. */
export function candidateKey(candidate: Candidate): string {
  switch (candidate.kind) {
    case 'image':
    case 'link':
      return `${candidate.kind}:${candidate.url}`;
    case 'platform':
      return `platform:${candidate.platform}:${candidate.id}`;
    case 'svg-markup':
      return `svg:${candidate.markup.length}:${candidate.markup.slice(0, 2048)}`;
    case 'embedded':
      return `embedded:${candidate.text.length}:${candidate.text.slice(0, 2048)}`;
  }
}

/** A compact JWS, alone in the text: header.payload.signature, each base64url. */
const COMPACT_JWS = /^\s*[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\s*$/;

/**
 * Whether verifying the candidate may take JSON-LD canonicalization (a Data Integrity proof), so the
 * background should get its JSON-LD stack ready: anything but a JWT embedded in the page, whose
 * signature covers its own bytes. (A fetched file or image may hold anything.)
 */
export function mayNeedJsonLd(candidate: Candidate): boolean {
  return !(candidate.kind === 'embedded' && COMPACT_JWS.test(candidate.text));
}
