import type { Candidate } from '../../lib/detect/candidate';
import { toHex } from '../../lib/util/bytes';

/** What was found, as text: the embedded credential, the SVG markup, or the address it was found at. */
export function candidateText(candidate: Candidate): string {
  switch (candidate.kind) {
    case 'embedded':
      return candidate.text;
    case 'svg-markup':
      return candidate.markup;
    default:
      return candidate.url;
  }
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return toHex(new Uint8Array(digest));
}
