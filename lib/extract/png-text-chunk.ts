import { decodeLatin1, decodeUtf8 } from './decode-text';
import { inflateZlib } from './inflate';
import type { BadgeMarker, ExtractCode } from './types';
import { PNG_KEYWORDS } from './markers';

export type TextChunkType = 'iTXt' | 'tEXt' | 'zTXt';

export type TextChunkResult = { ok: true; text: string } | { ok: false; code: ExtractCode; detail: string };

const MAX_KEYWORD_BYTES = 79;

/** The badge keyword a text chunk's data starts with, if any. */
export function badgeKeyword(data: Uint8Array): BadgeMarker | undefined {
  const nul = data.subarray(0, MAX_KEYWORD_BYTES + 1).indexOf(0);
  if (nul < 1) return undefined;
  const keyword = decodeLatin1(data.subarray(0, nul));
  return PNG_KEYWORDS.find((marker) => marker === keyword);
}

/** The text of a tEXt / zTXt / iTXt chunk whose keyword is known to be terminated. */
export async function readTextChunk(
  type: TextChunkType,
  data: Uint8Array,
  maxInflatedBytes: number,
  where: string,
): Promise<TextChunkResult> {
  const bad = (detail: string): TextChunkResult => ({ ok: false, code: 'extract.png-bad-text-chunk', detail: `${detail} in ${where}` });
  let pos = data.indexOf(0) + 1;
  if (type === 'tEXt') return { ok: true, text: decodeLatin1(data.subarray(pos)) };

  if (type === 'zTXt') {
    if (data[pos] !== 0) return bad('unknown compression method');
    const inflated = await inflate(data.subarray(pos + 1), maxInflatedBytes, where);
    return inflated.ok ? { ok: true, text: decodeLatin1(inflated.bytes) } : inflated;
  }

  const flag = data[pos];
  const method = data[pos + 1];
  if (flag === undefined || method === undefined) return bad('missing compression fields');
  if (flag !== 0 && flag !== 1) return bad(`compression flag ${flag}`);
  if (flag === 1 && method !== 0) return bad(`unknown compression method ${method}`);
  pos += 2;
  for (const field of ['language tag', 'translated keyword']) {
    const nul = data.indexOf(0, pos);
    if (nul < 0) return bad(`unterminated ${field}`);
    pos = nul + 1;
  }
  let textBytes = data.subarray(pos);
  if (flag === 1) {
    const inflated = await inflate(textBytes, maxInflatedBytes, where);
    if (!inflated.ok) return inflated;
    textBytes = inflated.bytes;
  }
  const text = decodeUtf8(textBytes);
  return text === undefined ? bad('text is not valid UTF-8') : { ok: true, text };
}

async function inflate(
  data: Uint8Array,
  maxBytes: number,
  where: string,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; code: ExtractCode; detail: string }> {
  const result = await inflateZlib(data, maxBytes);
  if (result.ok) return result;
  const code = result.reason === 'too-large' ? 'extract.png-chunk-too-large' : 'extract.png-inflate-failed';
  return { ok: false, code, detail: `${result.detail} in ${where}` };
}
