import type { HttpGet } from '../core/ports';
import { IMAGE_MAX_BYTES, imageDataUrl } from './data-url';
import { IMAGE_TYPES, sniffImageType } from './image-type';

export type ImageOutcome = { ok: true; dataUrl: string } | { ok: false; error: string };

const ACCEPT = IMAGE_TYPES.join(',');

/**
 * A credential's `https:` image, fetched through the verifier's HTTP port (no cookies, no referrer,
 * private addresses refused) and returned as a `data:` URL of the type its bytes are.
 */
export async function fetchImage(http: HttpGet, url: string): Promise<ImageOutcome> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, error: 'the image address is not a URL' };
  }
  if (parsed.protocol !== 'https:') return { ok: false, error: `${parsed.protocol} images are not loaded, only https:` };
  if (parsed.username || parsed.password) return { ok: false, error: 'image addresses with a user name are not loaded' };
  const response = await http({ url: parsed.href, accept: ACCEPT, maxBytes: IMAGE_MAX_BYTES });
  if (!response.ok) return { ok: false, error: response.detail };
  if (response.status < 200 || response.status > 299) return { ok: false, error: `${parsed.host} answered ${response.status}` };
  const type = sniffImageType(response.body);
  if (!type) return { ok: false, error: 'not a PNG, JPEG, GIF, WebP or SVG image' };
  return { ok: true, dataUrl: imageDataUrl(type, response.body) };
}
