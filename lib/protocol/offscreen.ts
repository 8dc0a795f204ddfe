import * as z from 'zod/mini';
import type { JsonLdProblem } from '../jsonld/errors';

/** Typed against `JsonLdProblem`, so a schema that drifts from it does not compile. */
const jsonLdProblemSchema: z.ZodMiniType<JsonLdProblem> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unknown-context'), url: z.string() }),
  z.object({ kind: z.literal('safe-mode'), detail: z.string() }),
  z.object({ kind: z.literal('work-limit'), detail: z.string() }),
  z.object({ kind: z.literal('invalid'), detail: z.string() }),
]);

/** Background → offscreen document (Chrome): canonicalize a JSON-LD document there, with or without its blank-node labels. */
export const offscreenRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('canonize'), target: z.literal('offscreen'), document: z.unknown() }),
  z.object({ type: z.literal('canonize-with-labels'), target: z.literal('offscreen'), document: z.unknown() }),
]);

const failures = [
  z.object({ ok: z.literal(false), problem: jsonLdProblemSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
] as const;

/** The reply to `canonize`. */
export const offscreenReplySchema = z.union([z.object({ ok: z.literal(true), nquads: z.string() }), ...failures]);

/** The reply to `canonize-with-labels`: input label → canonical label, both with `_:`. */
export const offscreenLabelledReplySchema = z.union([
  z.object({ ok: z.literal(true), nquads: z.string(), labels: z.record(z.string(), z.string()) }),
  ...failures,
]);

export type OffscreenRequest = z.infer<typeof offscreenRequestSchema>;
export type OffscreenReply = z.infer<typeof offscreenReplySchema>;
export type OffscreenLabelledReply = z.infer<typeof offscreenLabelledReplySchema>;
