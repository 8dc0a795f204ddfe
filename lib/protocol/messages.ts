import * as z from 'zod/mini';
import { candidateSchema, resultSchema, settingsSchema, tabItemSchema, tabStateSchema } from './schemas';

const ref = z.string().check(z.maxLength(64));
const navigationId = z.string().check(z.maxLength(64));

/** Content script → background. */
export const contentMessageSchema = z.discriminatedUnion('type', [
  /** A new page or SPA view: forget what the tab had. */
  z.object({ type: z.literal('page-reset'), pageUrl: z.string(), navigationId }),
  z.object({
    type: z.literal('page-candidates'),
    pageUrl: z.string(),
    navigationId,
    found: z.array(z.object({ ref, candidate: candidateSchema })).check(z.maxLength(300)),
  }),
  z.object({ type: z.literal('recheck'), ref }),
]);

/** Popup and options page → background. */
export const uiMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-tab'), tabId: z.number() }),
  z.object({ type: z.literal('recheck-tab'), tabId: z.number(), ref: z.optional(ref) }),
  z.object({
    type: z.literal('verify-input'),
    input: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('file'), name: z.string().check(z.maxLength(500)), base64: z.string().check(z.maxLength(12_000_000)) }),
      z.object({ kind: z.literal('text'), text: z.string().check(z.maxLength(2_000_000)) }),
      z.object({ kind: z.literal('url'), url: z.string().check(z.maxLength(8192)) }),
    ]),
    recipient: z.optional(z.string().check(z.maxLength(500))),
  }),
  z.object({ type: z.literal('get-settings') }),
  z.object({ type: z.literal('set-settings'), settings: settingsSchema }),
  z.object({ type: z.literal('clear-cache') }),
]);

/** Background → content script (tabs.sendMessage). */
export const toContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('items'), navigationId, items: z.array(tabItemSchema) }),
]);

/** Background → any sender: the reply to a request. */
export const replySchema = z.union([
  z.object({ ok: z.literal(true), tab: z.optional(z.nullable(tabStateSchema)), results: z.optional(z.array(resultSchema)), settings: z.optional(settingsSchema) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export type ContentMessage = z.infer<typeof contentMessageSchema>;
export type UiMessage = z.infer<typeof uiMessageSchema>;
export type ToContentMessage = z.infer<typeof toContentMessageSchema>;
export type Reply = z.infer<typeof replySchema>;
