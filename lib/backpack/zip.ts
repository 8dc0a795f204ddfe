import { crc32 } from '../extract/crc32';
import { readCapped } from '../util/read-capped';
import { IMPORT_LIMITS, megabytes } from './import-limits';
import { concatBytes } from '../util/bytes';

/** One file of a zip archive: its path inside the archive and its exact bytes. */
export interface ZipFile {
  name: string;
  bytes: Uint8Array;
}

export type ZipRead = { ok: true; files: ZipFile[] } | { ok: false; error: string };

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** Bit 11: names are UTF-8. */
const UTF8_FLAG = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/** 1980-01-01 00:00, the earliest DOS date: archives do not depend on when they were written. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A zip of the files as they are (method 0, "stored"), readable by every unzip tool. */
export function writeZip(files: readonly ZipFile[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const name = encoder.encode(file.name);
    const crc = crc32(file.bytes);
    const local = header(30, name, file.bytes.length, crc, (view) => view.setUint32(0, LOCAL, true));
    locals.push(local, file.bytes);
    centrals.push(centralHeader(name, file.bytes.length, crc, offset));
    offset += local.length + file.bytes.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, END, true);
  view.setUint16(8, files.length, true);
  view.setUint16(10, files.length, true);
  view.setUint32(12, centralSize, true);
  view.setUint32(16, offset, true);
  return concatBytes(...locals, ...centrals, end);
}

function header(size: number, name: Uint8Array, length: number, crc: number, start: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(size + name.length);
  const view = new DataView(bytes.buffer);
  start(view);
  view.setUint16(4, 20, true);
  view.setUint16(6, UTF8_FLAG, true);
  view.setUint16(8, STORED, true);
  view.setUint16(12, DOS_DATE, true);
  view.setUint32(14, crc, true);
  view.setUint32(18, length, true);
  view.setUint32(22, length, true);
  view.setUint16(26, name.length, true);
  bytes.set(name, size);
  return bytes;
}

function centralHeader(name: Uint8Array, length: number, crc: number, offset: number): Uint8Array {
  // The central header is the local one shifted by two bytes (version made by), plus offsets.
  const bytes = new Uint8Array(46 + name.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, CENTRAL, true);
  view.setUint16(4, 20, true);
  view.setUint16(6, 20, true);
  view.setUint16(8, UTF8_FLAG, true);
  view.setUint16(10, STORED, true);
  view.setUint16(14, DOS_DATE, true);
  view.setUint32(16, crc, true);
  view.setUint32(20, length, true);
  view.setUint32(24, length, true);
  view.setUint16(28, name.length, true);
  view.setUint32(42, offset, true);
  bytes.set(name, 46);
  return bytes;
}

export interface ZipLimits {
  maxFiles: number;
  /** Total bytes of all files once unpacked. */
  maxBytes: number;
}

const DEFAULT_LIMITS: ZipLimits = { maxFiles: IMPORT_LIMITS.zipFiles, maxBytes: IMPORT_LIMITS.zipBytes };

/**
 * The files of a zip, read through its central directory: stored and deflated entries (deflate
 * through `DecompressionStream`), each checked against its CRC-32. Folders are left out.
 */
export async function readZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): Promise<ZipRead> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end < 0) return { ok: false, error: 'not a zip archive (no end of central directory)' };
  const count = view.getUint16(end + 10, true);
  if (count > limits.maxFiles) return { ok: false, error: `it holds ${count} files; one import opens at most ${limits.maxFiles}` };
  let at = view.getUint32(end + 16, true);
  const files: ZipFile[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    const entry = readCentral(view, bytes, at);
    if (typeof entry === 'string') return { ok: false, error: entry };
    at = entry.next;
    if (entry.name.endsWith('/')) continue;
    total += entry.size;
    if (total > limits.maxBytes)
      return {
        ok: false,
        error: `it would unpack to more than ${megabytes(limits.maxBytes)}, more than one import takes; nothing was read`,
      };
    const data = await entryBytes(view, bytes, entry);
    if (typeof data === 'string') return { ok: false, error: `${entry.name}: ${data}` };
    if (crc32(data) !== entry.crc) return { ok: false, error: `${entry.name}: CRC-32 does not match (the archive is damaged)` };
    files.push({ name: entry.name, bytes: data });
  }
  return { ok: true, files };
}

function findEnd(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END) return i;
  }
  return -1;
}

interface CentralEntry {
  name: string;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  localOffset: number;
  next: number;
}

function readCentral(view: DataView, bytes: Uint8Array, at: number): CentralEntry | string {
  if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) return 'the central directory is damaged';
  const nameLength = view.getUint16(at + 28, true);
  const extra = view.getUint16(at + 30, true);
  const comment = view.getUint16(at + 32, true);
  if (at + 46 + nameLength > view.byteLength) return 'the central directory is damaged';
  return {
    name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    method: view.getUint16(at + 10, true),
    crc: view.getUint32(at + 16, true),
    compressed: view.getUint32(at + 20, true),
    size: view.getUint32(at + 24, true),
    localOffset: view.getUint32(at + 42, true),
    next: at + 46 + nameLength + extra + comment,
  };
}

async function entryBytes(view: DataView, bytes: Uint8Array, entry: CentralEntry): Promise<Uint8Array | string> {
  const at = entry.localOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL) return 'its local header is damaged';
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressed > bytes.length) return 'its data runs past the end of the archive';
  const data = bytes.slice(start, start + entry.compressed);
  if (entry.method === STORED) return data;
  if (entry.method === DEFLATED) return inflateRaw(data, entry.size);
  return `compression method ${entry.method} is not supported`;
}

async function inflateRaw(data: Uint8Array, size: number): Promise<Uint8Array | string> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  writer.write(new Uint8Array(data)).catch(() => undefined);
  writer.close().catch(() => undefined);
  try {
    const read = await readCapped(stream.readable, size);
    return 'bytes' in read ? read.bytes : 'it unpacks to more than the archive says (a damaged zip, or a zip bomb); nothing was read';
  } catch (error) {
    return `its deflated data is invalid (${error instanceof Error ? error.message : String(error)})`;
  }
}
