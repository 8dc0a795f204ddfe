import * as z from 'zod/mini';
import { PLATFORM_IDS } from '../detect/platforms';
import { CHECK_CATALOG, type CheckCode } from '../result/catalog';
import type { Check, CredentialSummary, VerificationResult } from '../result/types';
import {
  ASSURANCES,
  CHECK_IDS,
  FORMAT_IDS,
  NAME_SOURCES,
  NAME_TRUSTS,
  VOUCH_KINDS,
  OUTCOMES,
  STATUSES,
  TAB_ITEM_STATES,
} from '../result/vocabulary';
import { LANGS } from './languages';
import { LIMITS } from './limits';

z.config({ jitless: true });

const short = (max: number) => z.string().check(z.maxLength(max));
const url = short(LIMITS.url);

export const candidateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('image'), url: short(LIMITS.bulk) }),
  z.object({ kind: z.literal('svg-markup'), markup: short(LIMITS.bulk) }),
  z.object({ kind: z.literal('embedded'), text: short(LIMITS.embedded) }),
  z.object({ kind: z.literal('link'), url }),
  z.object({ kind: z.literal('platform'), platform: z.enum(PLATFORM_IDS), url, id: short(LIMITS.platformId) }),
]);

const checkCodes = Object.keys(CHECK_CATALOG) as [CheckCode, ...CheckCode[]];

export const checkSchema = z.object({
  id: z.enum(CHECK_IDS),
  outcome: z.enum(OUTCOMES),
  code: z.enum(checkCodes),
  detail: z.exactOptional(short(LIMITS.text)),
  pointer: z.exactOptional(short(LIMITS.pointer)),
});

/** Optional fields are exact (absent, never `undefined`), as in the result types under `exactOptionalPropertyTypes`. */
const text = z.exactOptional(short(LIMITS.text));

const items = <T extends z.ZodMiniType>(item: T) => z.exactOptional(z.array(item).check(z.maxLength(LIMITS.aboutItems)));
const count = z.exactOptional(z.number());

const aboutSchema = z.object({
  achievementType: text,
  tags: items(short(LIMITS.text)),
  creditsAvailable: count,
  creditsEarned: count,
  creditUnit: text,
  fieldOfStudy: text,
  specialization: text,
  level: text,
  activityStart: text,
  activityEnd: text,
  term: text,
  skills: items(z.object({ name: short(LIMITS.text), framework: text, code: text, url: text })),
  evidence: items(z.object({ name: text, description: text, url: text })),
  achievements: items(z.object({ name: short(LIMITS.text), achievementType: text, credits: count })),
  creditsTotal: count,
});

const credentialSchema = z.object({
  id: text,
  name: text,
  description: text,
  image: z.exactOptional(short(LIMITS.bulk)),
  criteria: text,
  criteriaUrl: text,
  issued: text,
  expires: text,
  revocationReason: text,
  anchorExplorers: z.exactOptional(z.array(short(LIMITS.url)).check(z.maxLength(4))),
  issuer: z.exactOptional(
    z.object({
      id: text,
      name: text,
      url: text,
      nameSource: z.exactOptional(z.enum(NAME_SOURCES)),
      vouchedBy: z.exactOptional(z.object({ kind: z.enum(VOUCH_KINDS), value: short(4000) })),
      nameTrust: z.exactOptional(z.enum(NAME_TRUSTS)),
    }),
  ),
  recipient: z.exactOptional(z.object({ type: text, hashed: z.exactOptional(z.boolean()), identity: text, name: text })),
});

const resultFields = {
  source: short(LIMITS.bulk),
  format: z.enum(FORMAT_IDS),
  status: z.enum(STATUSES),
  assurance: z.enum(ASSURANCES),
  checks: z.array(checkSchema).check(z.maxLength(LIMITS.checks)),
  credential: credentialSchema,
  checkedAt: short(LIMITS.checkedAt),
  about: z.exactOptional(aboutSchema),
};

/** A CLR's nested credentials: one level deep (nested credentials carry no further nesting). */
const nestedResultSchema = z.object(resultFields);

export const resultSchema = z.object({
  ...resultFields,
  nested: z.exactOptional(z.array(nestedResultSchema).check(z.maxLength(LIMITS.nested))),
});

/**
 * Why a candidate is shown with a plain result instead of being verified: it was cut to fit a
 * message (`too-large`), or it did not have a candidate's shape at all (`unreadable`).
 */
export const UNCHECKED_REASONS = ['too-large', 'unreadable'] as const;
export type UncheckedReason = (typeof UNCHECKED_REASONS)[number];

/** One thing found on a page, its element's handle (`ref`) and what became of it. */
export const tabItemSchema = z.object({
  ref: short(LIMITS.ref),
  candidate: candidateSchema,
  state: z.enum(TAB_ITEM_STATES),
  results: z.array(resultSchema),
  unchecked: z.exactOptional(z.enum(UNCHECKED_REASONS)),
});

export const tabStateSchema = z.object({
  tabId: z.number(),
  pageUrl: url,
  /** Changes on every load and SPA navigation; messages from an older navigation are dropped. */
  navigationId: short(LIMITS.ref),
  items: z.array(tabItemSchema),
  /** Candidates found beyond the per-page limit (or unreadable), so never checked; absent when none. */
  notChecked: z.exactOptional(z.number()),
  /** Whose profile or CV the page is, as the page says; results are compared with it, never changed by it. */
  personName: z.exactOptional(short(LIMITS.personName)),
});

export const settingsSchema = z.object({
  autoScan: z.boolean(),
  disabledSites: z.array(short(LIMITS.site)),
  allowLocalNetwork: z.boolean(),
  /** Look Blockcerts anchors up with public blockchain explorers; absent means off. */
  checkAnchors: z.exactOptional(z.boolean()),
  language: z.enum(['auto', ...LANGS]),
});

export type TabItem = z.infer<typeof tabItemSchema>;
export type TabState = z.infer<typeof tabStateSchema>;
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { autoScan: true, disabledSites: [], allowLocalNetwork: false, language: 'auto' };

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/** Compile-time: the schemas describe exactly the result types, so drift between them is a tsc error. */
export type SchemasMatchResultTypes = [
  Assert<Same<z.infer<typeof checkSchema>, Check>>,
  Assert<Same<z.infer<typeof credentialSchema>, CredentialSummary>>,
  Assert<Same<z.infer<typeof nestedResultSchema>, Omit<VerificationResult, 'nested'>>>,
  Assert<Same<z.infer<typeof resultSchema>['nested'], Omit<VerificationResult, 'nested'>[] | undefined>>,
];
