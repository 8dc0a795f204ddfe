import { classifyPayload } from './classify-payload';
import { decodeUtf8 } from './decode-text';
import { extractFromPng, hasPngSignature } from './png';
import { extractFromSvg } from './svg';
import type { ExtractOutcome } from './types';

export interface ExtractHint {
  /** As sent by the server; content sniffing wins over it. */
  contentType?: string;
  /** Default 8 MiB. */
  maxBytes?: number;
}

/** Sniffs the bytes (PNG, other images, SVG/XML, HTML, plain text) and extracts any badge payload. */
export async function extractFromBytes(bytes: Uint8Array, hint: ExtractHint = {}): Promise<ExtractOutcome> {
  const maxBytes = hint.maxBytes ?? 8 * 1024 * 1024;
  if (bytes.length > maxBytes) {
    return { ok: false, code: 'extract.too-large', detail: `input is ${bytes.length} bytes (limit ${maxBytes})` };
  }
  if (hasPngSignature(bytes)) return extractFromPng(bytes);
  if (isOtherImage(bytes)) return { ok: true, payload: null };

  const text = decodeUtf8(bytes);
  if (text === undefined) return { ok: false, code: 'extract.unsupported-bytes', detail: 'binary data that is neither PNG nor UTF-8 text' };
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, payload: null };

  const mediaType = (hint.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const markup = sniffMarkup(trimmed);
  // Leading whitespace before an XML declaration is an XML error that some servers introduce.
  if (markup === 'xml') return extractFromSvg(text.trimStart());
  if (markup === 'html') return htmlPage();
  const kind = classifyPayload(trimmed);
  if (kind) return { ok: true, payload: { kind, text: trimmed, container: 'text' } };
  if (mediaType === 'image/svg+xml') return extractFromSvg(text.trimStart());
  if (mediaType === 'text/html') return htmlPage();
  return { ok: false, code: 'extract.unsupported-bytes', detail: 'not a badge image, JSON, compact JWS or URL' };
}

function htmlPage(): ExtractOutcome {
  return { ok: false, code: 'extract.unsupported-bytes', detail: 'HTML page' };
}

function isOtherImage(b: Uint8Array): boolean {
  const ascii = (from: number, s: string) => [...s].every((c, i) => b[from + i] === c.charCodeAt(0));
  const jpeg = b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  return jpeg || ascii(0, 'GIF87a') || ascii(0, 'GIF89a') || (ascii(0, 'RIFF') && ascii(8, 'WEBP'));
}

/**
 * 'xml' for an XML declaration, `<svg` or `<!DOCTYPE svg` after optional comments; 'html' for
 * `<!doctype html` or `<html`. An XML declaration followed by HTML counts as HTML.
 */
function sniffMarkup(text: string): 'xml' | 'html' | undefined {
  let pos = 0;
  let xmlDeclaration = false;
  for (;;) {
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
    const head = text.slice(pos, pos + 16).toLowerCase();
    if (head.startsWith('<!--') || head.startsWith('<?')) {
      if (head.startsWith('<?xml')) xmlDeclaration = true;
      const end = text.indexOf(head.startsWith('<!--') ? '-->' : '?>', pos);
      if (end < 0) return xmlDeclaration ? 'xml' : undefined;
      pos = end + (head.startsWith('<!--') ? 3 : 2);
      continue;
    }
    if (/^<svg[\s>/]/.test(head) || /^<!doctype\s+svg/.test(head)) return 'xml';
    if (/^<html[\s>]/.test(head) || /^<!doctype\s+html/.test(head)) return 'html';
    return xmlDeclaration ? 'xml' : undefined;
  }
}
