import * as z from 'zod/mini';
import { MAX_CANDIDATES_PER_PAGE } from '../detect/candidate';
import { backpackItemSchema, MAX_BACKPACK_ITEMS } from './backpack-schemas';
import { capUnknown } from './cap';
import { capText, LIMITS } from './limits';
import { lazySchema } from './lazy-schema';
import { candidateSchema, resultSchema, settingsSchema, tabItemSchema, tabStateSchema, UNCHECKED_REASONS } from './schemas';

const ref = z.string().check(z.maxLength(LIMITS.ref));
const navigationId = z.string().check(z.maxLength(LIMITS.ref));
const personName = z.string().check(z.maxLength(LIMITS.personName));

/** Every refusal, whatever was asked: a plain sentence the UI shows. */
export const failureSchema = lazySchema(() => z.object({ ok: z.literal(false), error: z.string() }));
export type Failure = z.infer<typeof failureSchema>;

const ok = <Shape extends z.core.$ZodLooseShape>(shape: Shape) => z.object({ ok: z.literal(true), ...shape });

/**
 * One entry per message: the request's schema and the schema of its successful reply
 * (every request may also be answered with a `Failure`).
 */
const define = <Type extends string, Shape extends z.core.$ZodLooseShape, Reply extends z.ZodMiniType>(
  type: Type,
  shape: () => Shape,
  reply: () => Reply,
) => ({
  request: lazySchema(() => z.object({ type: z.literal(type), ...shape() })),
  reply: lazySchema(reply),
});

/** A credential's image, fetched by the background and answered as a `data:` URL (the overlay and the popup both ask). */
const getImage = define(
  'get-image',
  () => ({ url: z.string().check(z.maxLength(8192)) }),
  () => ok({ dataUrl: z.string().check(z.maxLength(3_000_000), z.regex(/^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,/)) }),
);

const foundEntrySchema = lazySchema(() =>
  z.object({ ref, candidate: candidateSchema, unchecked: z.exactOptional(z.enum(UNCHECKED_REASONS)) }),
);
export type FoundEntry = z.infer<typeof foundEntrySchema>;

/**
 * One candidate of a batch the background salvages (see `pageCandidatesSalvageSchema`): an entry that is
 * only too long is cut to fit and marked `too-large`; any other becomes an `unreadable` placeholder
 * (with an empty `ref` when it had none, which the background drops and counts as not checked).
 */
const salvagedFoundSchema = lazySchema(() => z.catch(foundEntrySchema, (ctx) => salvageFound(ctx.value)));

function salvageFound(raw: unknown): FoundEntry {
  const entry = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const refText = typeof entry.ref === 'string' ? capText(entry.ref, LIMITS.ref) : '';
  const exact = candidateSchema.safeParse(entry.candidate);
  const flagged = UNCHECKED_REASONS.find((reason) => reason === entry.unchecked);
  if (exact.success) return { ref: refText, candidate: exact.data, ...(flagged ? { unchecked: flagged } : {}) };
  const candidate = candidateSchema.safeParse(capUnknown(candidateSchema, entry.candidate));
  if (candidate.success) return { ref: refText, candidate: candidate.data, unchecked: 'too-large' };
  return { ref: refText, candidate: { kind: 'embedded', text: '' }, unchecked: 'unreadable' };
}

/** "Save to my backpack" on a card, from the popup (with the tab) or the page overlay: the background keeps the candidate's bytes. */
const savedReply = lazySchema(() => ok({ added: z.boolean(), id: z.string().check(z.maxLength(64)) }));
const backpackItems = lazySchema(() => ok({ items: z.array(backpackItemSchema).check(z.maxLength(MAX_BACKPACK_ITEMS)) }));
/** A whole backpack zip, or one original file, as base64 (under the 64 MiB a runtime message may carry). */
const archiveBase64 = lazySchema(() => z.string().check(z.maxLength(60_000_000)));

/** Content script → background. */
export const contentProtocol = {
  /** A new page or SPA view: forget what the tab had. */
  'page-reset': define(
    'page-reset',
    () => ({ pageUrl: z.string(), navigationId }),
    () => ok({}),
  ),
  'page-candidates': define(
    'page-candidates',
    () => ({
      pageUrl: z.string(),
      navigationId,
      found: z.array(foundEntrySchema).check(z.maxLength(MAX_CANDIDATES_PER_PAGE)),
      /** Candidates the content script found on this page view and did not send (over the per-page limit). */
      notChecked: z.exactOptional(z.number()),
      /** Whose profile or CV the page is, as the page says (lib/detect/person-name.ts). */
      personName: z.exactOptional(personName),
    }),
    () => ok({ tab: tabStateSchema }),
  ),
  /**
   * Whose page this is, when the overlay half has read it: the eager script sends the candidates
   * without waiting for that half, and the view sends this after the background has answered them.
   */
  'page-person': define(
    'page-person',
    () => ({ navigationId, personName }),
    () => ok({}),
  ),
  /** `anchors`: this item's Blockcerts anchor is looked up too (the card's "Check the anchor"). */
  recheck: define(
    'recheck',
    () => ({ ref, anchors: z.exactOptional(z.literal(true)) }),
    () => ok({ tab: tabStateSchema }),
  ),
  'get-image': getImage,
  /** Their elements show other things now: the tab forgets these items (a late result for them is dropped). */
  retire: define(
    'retire',
    () => ({ navigationId, refs: z.array(ref).check(z.maxLength(300)) }),
    () => ok({ tab: tabStateSchema }),
  ),
  'save-to-backpack': define(
    'save-to-backpack',
    () => ({ ref }),
    () => savedReply,
  ),
};

/**
 * How the background reads a `page-candidates` batch that its request schema refuses: each entry on
 * its own, so one bad or oversized candidate never sinks the others, and any number of entries (the
 * background keeps as many as the page has room for and counts the rest as not checked).
 */
export const pageCandidatesSalvageSchema = lazySchema(() =>
  z.object({
    ...contentProtocol['page-candidates'].request.shape,
    found: z.array(salvagedFoundSchema),
  }),
);

export const verifyInputSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('file'),
      name: z.string().check(z.maxLength(LIMITS.fileName)),
      base64: z.string().check(z.maxLength(LIMITS.fileBase64)),
    }),
    z.object({ kind: z.literal('text'), text: z.string().check(z.maxLength(LIMITS.bulk)) }),
    z.object({ kind: z.literal('url'), url: z.string().check(z.maxLength(LIMITS.url)) }),
  ]),
);

/** Popup and options page → background. */
export const uiProtocol = {
  'get-tab': define(
    'get-tab',
    () => ({ tabId: z.number() }),
    () => ok({ tab: z.nullable(tabStateSchema) }),
  ),
  'recheck-tab': define(
    'recheck-tab',
    () => ({ tabId: z.number(), ref: z.exactOptional(ref), anchors: z.exactOptional(z.literal(true)) }),
    () => ok({ tab: tabStateSchema }),
  ),
  'verify-input': define(
    'verify-input',
    () => ({ input: verifyInputSchema, recipient: z.exactOptional(z.string().check(z.maxLength(LIMITS.recipient))) }),
    () => ok({ results: z.array(resultSchema) }),
  ),
  'get-settings': define(
    'get-settings',
    () => ({}),
    () => ok({ settings: settingsSchema }),
  ),
  'set-settings': define(
    'set-settings',
    () => ({ settings: settingsSchema }),
    () => ok({ settings: settingsSchema }),
  ),
  'clear-cache': define(
    'clear-cache',
    () => ({}),
    () => ok({}),
  ),
  'get-image': getImage,
  'backpack-save': define(
    'backpack-save',
    () => ({ tabId: z.number(), ref }),
    () => savedReply,
  ),
  'backpack-list': define(
    'backpack-list',
    () => ({}),
    () => backpackItems,
  ),
  /** Dropped or pasted files, text or links, and zips (several badges, or a backpack export to import). */
  'backpack-add': define(
    'backpack-add',
    () => ({ input: verifyInputSchema }),
    () =>
      ok({
        added: z.number(),
        duplicates: z.number(),
        problems: z.array(z.string().check(z.maxLength(LIMITS.text))).check(z.maxLength(100)),
      }),
  ),
  /** `all`, the ones `due`, or on opening the page those not checked within the hour; `id` for one. */
  'backpack-recheck': define(
    'backpack-recheck',
    () => ({ which: z.enum(['all', 'due', 'opened']), id: z.exactOptional(z.string().check(z.maxLength(LIMITS.ref * 8))) }),
    () => backpackItems,
  ),
  /** One badge by `id`, or all without it. */
  'backpack-remove': define(
    'backpack-remove',
    () => ({ id: z.exactOptional(z.string().check(z.maxLength(LIMITS.ref * 8))) }),
    () => ok({}),
  ),
  'backpack-export': define(
    'backpack-export',
    () => ({}),
    () => ok({ base64: archiveBase64 }),
  ),
  'backpack-file': define(
    'backpack-file',
    () => ({ id: z.string().check(z.maxLength(64)) }),
    () => ok({ fileName: z.string().check(z.maxLength(LIMITS.fileName)), base64: archiveBase64 }),
  ),
};

/** Background → content script (tabs.sendMessage): the verdicts; the content script sends nothing back. */
export const toContentProtocol = {
  items: define(
    'items',
    () => ({ navigationId, items: z.array(tabItemSchema) }),
    () => z.undefined(),
  ),
};

/**
 * Background → the tab's eager content script, when the tab's state is read (`get-tab`): which page
 * view it shows. A page view that finds nothing tells the background nothing (so it never wakes the
 * worker), and this is how its empty state is known. The eager script answers it without zod, by `type`.
 */
export const pageViewQuery = define(
  'page-view',
  () => ({}),
  () => z.object({ navigationId, pageUrl: z.string().check(z.maxLength(LIMITS.url)) }),
);
export type PageViewQuery = z.infer<typeof pageViewQuery.request>;
export type PageViewReply = z.infer<typeof pageViewQuery.reply>;

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

export const contentMessageSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    contentProtocol['page-reset'].request,
    contentProtocol['page-person'].request,
    contentProtocol['page-candidates'].request,
    contentProtocol.recheck.request,
    contentProtocol['get-image'].request,
    contentProtocol.retire.request,
    contentProtocol['save-to-backpack'].request,
  ]),
);

export const uiMessageSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    uiProtocol['get-tab'].request,
    uiProtocol['recheck-tab'].request,
    uiProtocol['verify-input'].request,
    uiProtocol['get-settings'].request,
    uiProtocol['set-settings'].request,
    uiProtocol['clear-cache'].request,
    uiProtocol['get-image'].request,
    uiProtocol['backpack-save'].request,
    uiProtocol['backpack-list'].request,
    uiProtocol['backpack-add'].request,
    uiProtocol['backpack-recheck'].request,
    uiProtocol['backpack-remove'].request,
    uiProtocol['backpack-export'].request,
    uiProtocol['backpack-file'].request,
  ]),
);

export const toContentMessageSchema = lazySchema(() => z.discriminatedUnion('type', [toContentProtocol.items.request]));

/** Any answer the background gives to any request; each caller validates with its own request's reply schema. */
export const replySchema = lazySchema(() =>
  z.union([
    contentProtocol['page-reset'].reply,
    contentProtocol['page-candidates'].reply,
    contentProtocol.recheck.reply,
    contentProtocol.retire.reply,
    uiProtocol['get-tab'].reply,
    uiProtocol['recheck-tab'].reply,
    uiProtocol['verify-input'].reply,
    uiProtocol['get-settings'].reply,
    uiProtocol['set-settings'].reply,
    uiProtocol['clear-cache'].reply,
    getImage.reply,
    savedReply,
    backpackItems,
    uiProtocol['backpack-add'].reply,
    uiProtocol['backpack-export'].reply,
    uiProtocol['backpack-file'].reply,
    failureSchema,
  ]),
);

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
