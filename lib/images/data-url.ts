import { type ImageType, sniffImageType } from './image-type';

/** Largest credential image shown, fetched or inline (a card shows it at 56 px). */
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

const DATA_URL = /^data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,/i;

/** The bytes of a `data:` URL, or undefined when it is not one (or is over the size cap). */
export function decodeDataUrl(url: string): { mediaType: string; bytes: Uint8Array } | undefined {
  const match = DATA_URL.exec(url);
  if (!match) return undefined;
  const body = url.slice(match[0].length);
  // Base64 takes 4 characters per 3 bytes, percent-encoding up to 3 per byte: refuse before decoding.
  if (body.length > (IMAGE_MAX_BYTES * 4) / 3 + 4 && match[3]) return undefined;
  const bytes = match[3] ? decodeBase64(body) : decodePercent(body);
  if (!bytes || bytes.byteLength > IMAGE_MAX_BYTES) return undefined;
  return { mediaType: (match[1] ?? '').toLowerCase(), bytes };
}

function decodeBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function decodePercent(text: string): Uint8Array | undefined {
  if (text.length > IMAGE_MAX_BYTES * 3) return undefined;
  const encoder = new TextEncoder();
  const parts: number[] = [];
  for (const [, hex, plain] of text.matchAll(/%([0-9a-f]{2})|([^%]+|%)/gi)) {
    if (hex) parts.push(Number.parseInt(hex, 16));
    else for (const byte of encoder.encode(plain)) parts.push(byte);
  }
  return Uint8Array.from(parts);
}

/** Bytes of a sniffed type as a base64 `data:` URL. */
export function imageDataUrl(type: ImageType, bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  return `data:${type};base64,${btoa(chunks.join(''))}`;
}

/**
 * A credential's own `data:` image as it is when its bytes are an allowed image of the type it
 * declares; re-labelled with the sniffed type when it declares another; undefined when it is no image.
 */
export function checkedDataImage(url: string): string | undefined {
  const decoded = decodeDataUrl(url);
  const type = decoded && sniffImageType(decoded.bytes);
  if (!decoded || !type) return undefined;
  const declared = decoded.mediaType === 'image/jpg' ? 'image/jpeg' : decoded.mediaType;
  return declared === type ? url : imageDataUrl(type, decoded.bytes);
}
