import { readCapped } from '../util/read-capped';

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'failed' | 'too-large'; detail: string };

/** zlib-wrapped deflate, stopping once the output would exceed maxBytes. */
export async function inflateZlib(data: Uint8Array, maxBytes: number): Promise<InflateResult> {
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream('deflate');
  } catch (error) {
    return { ok: false, reason: 'failed', detail: `DecompressionStream unavailable: ${String(error)}` };
  }
  const writer = stream.writable.getWriter();
  // Errors surface on the reader; these promises only need a handler.
  writer.write(new Uint8Array(data)).catch(() => undefined);
  writer.close().catch(() => undefined);
  try {
    const read = await readCapped(stream.readable, maxBytes);
    if (!('bytes' in read)) return { ok: false, reason: 'too-large', detail: `inflated text exceeds ${maxBytes} bytes` };
    return { ok: true, bytes: read.bytes };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: `zlib data is invalid: ${errorMessage(error)}` };
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
