import * as z from 'zod/mini';

const jsonLdProblemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unknown-context'), url: z.string() }),
  z.object({ kind: z.literal('safe-mode'), detail: z.string() }),
  z.object({ kind: z.literal('work-limit'), detail: z.string() }),
  z.object({ kind: z.literal('invalid'), detail: z.string() }),
]);

/** Background → offscreen document (Chrome): canonicalize a JSON-LD document there. */
export const offscreenRequestSchema = z.object({ type: z.literal('canonize'), target: z.literal('offscreen'), document: z.unknown() });

export const offscreenReplySchema = z.union([
  z.object({ ok: z.literal(true), nquads: z.string() }),
  z.object({ ok: z.literal(false), problem: jsonLdProblemSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export type OffscreenRequest = z.infer<typeof offscreenRequestSchema>;
export type OffscreenReply = z.infer<typeof offscreenReplySchema>;
