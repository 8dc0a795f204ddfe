import { platformDataUrl } from '../../lib/detect/platform-links';
import type { Candidate } from '../../lib/detect/candidate';
import { ACCEPT_ANY_CREDENTIAL, MAX_IMAGE_BYTES } from '../../lib/core/session';
import type { HttpGet } from '../../lib/core/ports';
import { decodeDataUrl } from '../../lib/images/data-url';

export type CandidateBytes = { ok: true; bytes: Uint8Array; fileName: string; sourceUrl?: string } | { ok: false; error: string };

/**
 * The file behind a page candidate, to keep in the backpack: embedded text and markup as they are,
 * `data:` images decoded, anything else fetched again under the network rules (docs/SPEC.md §6).
 */
export async function candidateBytes(candidate: Candidate, http: HttpGet): Promise<CandidateBytes> {
  switch (candidate.kind) {
    case 'embedded':
      return { ok: true, bytes: new TextEncoder().encode(candidate.text), fileName: 'credential.json' };
    case 'svg-markup':
      return { ok: true, bytes: new TextEncoder().encode(candidate.markup), fileName: 'badge.svg' };
    case 'image': {
      if (!candidate.url.startsWith('data:')) return fetched(candidate.url, http);
      const decoded = decodeDataUrl(candidate.url);
      return decoded
        ? { ok: true, bytes: decoded.bytes, fileName: `badge.${decoded.mediaType.includes('svg') ? 'svg' : 'png'}` }
        : { ok: false, error: 'the image could not be read' };
    }
    case 'link':
      return fetched(candidate.url, http);
    case 'platform': {
      const dataUrl = platformDataUrl(candidate);
      if (!dataUrl) return { ok: false, error: `${candidate.platform} publishes no verifiable data for this badge` };
      const got = await fetched(dataUrl, http);
      return got.ok ? { ...got, sourceUrl: candidate.url } : got;
    }
  }
}

async function fetched(url: string, http: HttpGet): Promise<CandidateBytes> {
  const response = await http({ url, accept: ACCEPT_ANY_CREDENTIAL, maxBytes: MAX_IMAGE_BYTES });
  if (!response.ok) return { ok: false, error: `${url} could not be fetched: ${response.detail}` };
  return { ok: true, bytes: response.body, fileName: fileNameOf(response.url, response.contentType), sourceUrl: url };
}

function fileNameOf(url: string, contentType: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  if (/\.[a-z0-9]{2,5}$/i.test(last)) return decoded(last);
  const extension = /png/.test(contentType) ? 'png' : /svg/.test(contentType) ? 'svg' : /json/.test(contentType) ? 'json' : 'txt';
  return `${last || 'badge'}.${extension}`;
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
