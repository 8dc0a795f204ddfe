import { classifyPayload } from './classify-payload';
import { crc32 } from './crc32';
import { badgeKeyword, readTextChunk, type TextChunkType } from './png-text-chunk';
import type { BadgeMarker, ExtractCode, ExtractOutcome } from './types';

export interface PngLimits {
  /** Largest badge text chunk, stored or inflated. Default 1 MiB. */
  maxChunkBytes?: number;
  maxChunks?: number;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ITXT = 0x69545874;
const TEXT = 0x74455874;
const ZTXT = 0x7a545874;
const IEND = 0x49454e44;

interface Candidate {
  type: TextChunkType;
  /** Byte offset of the chunk's length field. */
  offset: number;
  length: number;
  keyword: BadgeMarker;
}

type Walk = { ok: true; itxt?: Candidate; text?: Candidate } | { ok: false; code: ExtractCode; detail: string };

export function hasPngSignature(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * Reads the badge payload baked into a PNG. Only chunk headers are walked; image data is neither
 * decoded nor CRC-checked. The first badge iTXt wins, else the first badge tEXt / zTXt.
 */
export async function extractFromPng(bytes: Uint8Array, limits: PngLimits = {}): Promise<ExtractOutcome> {
  const maxChunkBytes = limits.maxChunkBytes ?? 1024 * 1024;
  const maxChunks = limits.maxChunks ?? 10_000;
  if (!hasPngSignature(bytes)) return { ok: false, code: 'extract.unsupported-bytes', detail: 'no PNG signature' };

  const walk = walkChunks(bytes, maxChunks);
  if (!walk.ok) return walk;
  const chosen = walk.itxt ?? walk.text;
  if (!chosen) return { ok: true, payload: null };

  const { type, offset, length, keyword } = chosen;
  const where = `${type} chunk at byte ${offset}`;
  if (length > maxChunkBytes) {
    return { ok: false, code: 'extract.png-chunk-too-large', detail: `${where} is ${length} bytes (limit ${maxChunkBytes})` };
  }
  const dataStart = offset + 8;
  const dataEnd = dataStart + length;
  if (crc32(bytes, offset + 4, dataEnd) !== readU32(bytes, dataEnd)) {
    return { ok: false, code: 'extract.png-bad-crc', detail: `CRC mismatch in ${where}` };
  }
  const read = await readTextChunk(type, bytes.subarray(dataStart, dataEnd), maxChunkBytes, where);
  if (!read.ok) return read;

  const text = read.text.trim();
  const kind = classifyPayload(text);
  if (!kind) {
    return {
      ok: false,
      code: 'extract.payload-unrecognized',
      detail: `${keyword} text in ${where} is not JSON, a compact JWS or an http(s) URL`,
    };
  }
  return { ok: true, payload: { kind, text, container: type === 'iTXt' ? 'png-itxt' : 'png-text', marker: keyword } };
}

/** Walks every chunk up to IEND, so a damaged file is reported even when a badge chunk came first. */
function walkChunks(bytes: Uint8Array, maxChunks: number): Walk {
  const found: { itxt?: Candidate; text?: Candidate } = {};
  let pos = SIGNATURE.length;
  for (let count = 1; ; count++) {
    if (pos + 8 > bytes.length) {
      const detail = pos === bytes.length ? `file ends at byte ${pos} without IEND` : `chunk header at byte ${pos} is cut off`;
      return { ok: false, code: 'extract.png-truncated', detail };
    }
    if (count > maxChunks) return { ok: false, code: 'extract.png-too-many-chunks', detail: `more than ${maxChunks} chunks` };
    const length = readU32(bytes, pos);
    const type = readU32(bytes, pos + 4);
    const end = pos + 12 + length;
    if (end > bytes.length) {
      return {
        ok: false,
        code: 'extract.png-truncated',
        detail: `${typeName(type)} chunk at byte ${pos} declares ${length} bytes, past the end of the file (${bytes.length} bytes)`,
      };
    }
    if (type === IEND) return { ok: true, ...found };
    const textType = type === ITXT ? 'iTXt' : type === TEXT ? 'tEXt' : type === ZTXT ? 'zTXt' : undefined;
    const slot = textType === 'iTXt' ? 'itxt' : 'text';
    if (textType && !found[slot]) {
      const keyword = badgeKeyword(bytes.subarray(pos + 8, end - 4));
      if (keyword) found[slot] = { type: textType, offset: pos, length, keyword };
    }
    pos = end;
  }
}

function readU32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

function typeName(type: number): string {
  const chars = [type >>> 24, (type >>> 16) & 0xff, (type >>> 8) & 0xff, type & 0xff];
  return chars.every((c) => c >= 0x41 && c <= 0x7a) ? String.fromCharCode(...chars) : `0x${type.toString(16).padStart(8, '0')}`;
}
