import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { LIMITS } from './limits';
import { resultSchema } from './schemas';
import { STATUSES } from '../result/vocabulary';

/** Verdicts kept per badge: the changes, newest last. */
export const HISTORY_LENGTH = 20;

const instant = z.string().check(z.maxLength(40));

export const historyEventSchema = lazySchema(() => z.object({ at: instant, status: z.enum(STATUSES) }));
export type HistoryEvent = z.infer<typeof historyEventSchema>;

/** One badge in the backpack, as stored beside its original file (kept apart, as bytes). */
export const backpackEntrySchema = lazySchema(() =>
  z.object({
    /** SHA-256 of the original bytes, hex: the entry's key. */
    id: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    /** The credential's own id (`id`/`jti`), the other key two copies of one badge share. */
    credentialId: z.exactOptional(z.string().check(z.maxLength(LIMITS.url))),
    fileName: z.string().check(z.maxLength(LIMITS.fileName)),
    addedAt: instant,
    /** Where it was saved from, when it came from a page or a link. */
    sourceUrl: z.exactOptional(z.string().check(z.maxLength(LIMITS.url))),
    result: z.exactOptional(resultSchema),
    history: z.array(historyEventSchema).check(z.maxLength(HISTORY_LENGTH)),
    nextCheckAt: instant,
    /** Checks in a row that ended `unverifiable` (an issuer that did not answer): the schedule backs off. */
    failures: z.number(),
  }),
);
export type BackpackEntry = z.infer<typeof backpackEntrySchema>;

/** An entry with its original file, exactly as received (a baked image stays the same file). */
export interface KeptBadge {
  entry: BackpackEntry;
  bytes: Uint8Array;
}

/** What listing the backpack gives for each stored key: the badge, or why it cannot be read. */
export type Listed = { kind: 'entry'; entry: BackpackEntry } | { kind: 'corrupt'; key: string; problem: string };

/** Why a badge needs the learner's attention (`alertFor` in lib/backpack/schedule.ts). */
export const ALERT_REASONS = ['revoked', 'suspended', 'expired', 'invalid', 'unreachable', 'expires-soon'] as const;
export type AlertReason = (typeof ALERT_REASONS)[number];

/** Badges a backpack holds at most (a listing crosses a message boundary in one piece). */
export const MAX_BACKPACK_ITEMS = 2000;

/** One row of the backpack page: an entry (its file is fetched on demand), or a damaged one. */
export const backpackItemSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('entry'),
      ...backpackEntrySchema.shape,
      alert: z.exactOptional(z.enum(ALERT_REASONS)),
    }),
    z.object({
      kind: z.literal('corrupt'),
      key: z.string().check(z.maxLength(LIMITS.ref * 8)),
      problem: z.string().check(z.maxLength(LIMITS.text)),
    }),
  ]),
);
export type BackpackItem = z.infer<typeof backpackItemSchema>;
