import * as z from 'zod/mini';
import { candidateSchema, resultSchema, settingsSchema, tabItemSchema, tabStateSchema } from './schemas';

const ref = z.string().check(z.maxLength(64));
const navigationId = z.string().check(z.maxLength(64));

/** Every refusal, whatever was asked: a plain sentence the UI shows. */
export const failureSchema = z.object({ ok: z.literal(false), error: z.string() });
export type Failure = z.infer<typeof failureSchema>;

const ok = <Shape extends z.core.$ZodLooseShape>(shape: Shape) => z.object({ ok: z.literal(true), ...shape });

/**
 * One entry per message: the request's schema and the schema of its successful reply
 * (every request may also be answered with a `Failure`).
 */
const define = <Type extends string, Shape extends z.core.$ZodLooseShape, Reply extends z.ZodMiniType>(type: Type, shape: Shape, reply: Reply) => ({
  request: z.object({ type: z.literal(type), ...shape }),
  reply,
});

/** Content script → background. */
export const contentProtocol = {
  /** A new page or SPA view: forget what the tab had. */
  'page-reset': define('page-reset', { pageUrl: z.string(), navigationId }, ok({})),
  'page-candidates': define(
    'page-candidates',
    { pageUrl: z.string(), navigationId, found: z.array(z.object({ ref, candidate: candidateSchema })).check(z.maxLength(300)) },
    ok({ tab: tabStateSchema }),
  ),
  recheck: define('recheck', { ref }, ok({ tab: tabStateSchema })),
};

export const verifyInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), name: z.string().check(z.maxLength(500)), base64: z.string().check(z.maxLength(12_000_000)) }),
  z.object({ kind: z.literal('text'), text: z.string().check(z.maxLength(2_000_000)) }),
  z.object({ kind: z.literal('url'), url: z.string().check(z.maxLength(8192)) }),
]);

/** Popup and options page → background. */
export const uiProtocol = {
  'get-tab': define('get-tab', { tabId: z.number() }, ok({ tab: z.nullable(tabStateSchema) })),
  'recheck-tab': define('recheck-tab', { tabId: z.number(), ref: z.exactOptional(ref), anchors: z.exactOptional(z.literal(true)) }, ok({ tab: tabStateSchema })),
  'verify-input': define(
    'verify-input',
    { input: verifyInputSchema, recipient: z.exactOptional(z.string().check(z.maxLength(500))) },
    ok({ results: z.array(resultSchema) }),
  ),
  'get-settings': define('get-settings', {}, ok({ settings: settingsSchema })),
  'set-settings': define('set-settings', { settings: settingsSchema }, ok({ settings: settingsSchema })),
  'clear-cache': define('clear-cache', {}, ok({})),
};

/** Background → content script (tabs.sendMessage); the content script sends nothing back. */
export const toContentProtocol = {
  items: define('items', { navigationId, items: z.array(tabItemSchema) }, z.undefined()),
};

type Protocol = Record<string, { request: z.ZodMiniType; reply: z.ZodMiniType }>;
type RequestOf<P extends Protocol> = z.infer<P[keyof P]['request']>;

export type ContentProtocol = typeof contentProtocol;
export type UiProtocol = typeof uiProtocol;
export type ContentMessage = RequestOf<ContentProtocol>;
export type UiMessage = RequestOf<UiProtocol>;
export type ToContentMessage = RequestOf<typeof toContentProtocol>;

/** The successful reply to one request type of a protocol. */
export type OkReplyOf<P extends Protocol, T extends keyof P> = z.infer<P[T]['reply']>;
/** What a handler of one request type answers: its successful reply, or a refusal. */
export type ReplyOf<P extends Protocol, T extends keyof P> = OkReplyOf<P, T> | Failure;

/** The handlers of a protocol, each typed to answer exactly its request's reply. */
export type Handlers<P extends Protocol, Context = void> = {
  [T in keyof P]: (message: z.infer<P[T]['request']>, context: Context) => Promise<ReplyOf<P, T>>;
};

export const contentMessageSchema = z.discriminatedUnion('type', [
  contentProtocol['page-reset'].request,
  contentProtocol['page-candidates'].request,
  contentProtocol.recheck.request,
]);

export const uiMessageSchema = z.discriminatedUnion('type', [
  uiProtocol['get-tab'].request,
  uiProtocol['recheck-tab'].request,
  uiProtocol['verify-input'].request,
  uiProtocol['get-settings'].request,
  uiProtocol['set-settings'].request,
  uiProtocol['clear-cache'].request,
]);

export const toContentMessageSchema = z.discriminatedUnion('type', [toContentProtocol.items.request]);

/** Any answer the background gives to any request; each caller validates with its own request's reply schema. */
export const replySchema = z.union([
  contentProtocol['page-reset'].reply,
  contentProtocol['page-candidates'].reply,
  contentProtocol.recheck.reply,
  uiProtocol['get-tab'].reply,
  uiProtocol['recheck-tab'].reply,
  uiProtocol['verify-input'].reply,
  uiProtocol['get-settings'].reply,
  uiProtocol['set-settings'].reply,
  uiProtocol['clear-cache'].reply,
  failureSchema,
]);

export type Reply = ReplyOf<ContentProtocol, keyof ContentProtocol> | ReplyOf<UiProtocol, keyof UiProtocol>;

/** Compile-time: the unions above hold every request of their protocol, and nothing else. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type UnionsCoverProtocols = [
  Assert<Same<z.infer<typeof contentMessageSchema>, ContentMessage>>,
  Assert<Same<z.infer<typeof uiMessageSchema>, UiMessage>>,
  Assert<Same<z.infer<typeof toContentMessageSchema>, ToContentMessage>>,
  Assert<Same<z.infer<typeof replySchema>, Reply>>,
];
