export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'failed' | 'too-large'; detail: string };

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
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-large', detail: `inflated text exceeds ${maxBytes} bytes` };
      }
      parts.push(value);
    }
  } catch (error) {
    return { ok: false, reason: 'failed', detail: `zlib data is invalid: ${errorMessage(error)}` };
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return { ok: true, bytes: out };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
