import type { CliIo } from '../../../scripts/cli/run';

export const BADGES = 'tests/fixtures/generated/badges';
/** Verify with no network at all: did:key signatures. */
export const DI_DID_KEY = `${BADGES}/ob3-rdfc-did-key.json`;
export const JWT_DID_KEY = `${BADGES}/ob3-jwt-eddsa-did-key.jwt`;

export interface FakeIo {
  io: CliIo;
  stdout(): string;
  stderr(): string;
  /** Each write to standard output, as written. */
  writes: string[];
}

export function fakeIo(
  options: { stdoutTty?: boolean; stderrTty?: boolean; env?: Record<string, string>; stdin?: string; fetch?: typeof fetch } = {},
): FakeIo {
  const writes: string[] = [];
  let err = '';
  const io: CliIo = {
    stdout: { write: (text) => void writes.push(text), isTTY: options.stdoutTty ?? false },
    stderr: {
      write: (text) => {
        err += text;
      },
      isTTY: options.stderrTty ?? false,
      columns: 100,
    },
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    env: options.env ?? {},
    fetch: options.fetch ?? (async () => Promise.reject(new Error('no network in this test'))),
  };
  return { io, writes, stdout: () => writes.join(''), stderr: () => err };
}

export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Waits (without timing anything) until `condition` holds, giving the CLI's promises turns to run. */
export async function until(condition: () => boolean, turns = 10_000): Promise<void> {
  for (let i = 0; i < turns && !condition(); i++) await new Promise((r) => setImmediate(r));
  if (!condition()) throw new Error('condition never held');
}

/** Gives pending promises and I/O callbacks some turns, for asserting that something did not happen. */
export async function settle(turns = 50): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
}

/** RFC 4180 records, for reading what the CLI wrote (quoted cells may hold commas, quotes, line breaks). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  const cell = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/y;
  let record: string[] = [];
  while (cell.lastIndex < text.length) {
    const m = cell.exec(text);
    if (!m) throw new Error(`not CSV at ${cell.lastIndex}`);
    const raw = m[1]!;
    record.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (m[2] !== ',') {
      records.push(record);
      record = [];
    }
  }
  return records;
}
