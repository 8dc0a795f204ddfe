import * as z from 'zod/mini';
import { CHECK_CATALOG, type CheckCode } from '../result/catalog';
import { STATUSES } from '../result/types';
import { LANGS } from './languages';

z.config({ jitless: true });

const short = (max: number) => z.string().check(z.maxLength(max));
const url = short(8192);

export const candidateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('image'), url: short(2_000_000) }),
  z.object({ kind: z.literal('svg-markup'), markup: short(2_000_000) }),
  z.object({ kind: z.literal('embedded'), text: short(1_000_000) }),
  z.object({ kind: z.literal('link'), url }),
  z.object({ kind: z.literal('platform'), platform: z.enum(['credly', 'badgr', 'accredible']), url, id: short(512) }),
]);

const checkCodes = Object.keys(CHECK_CATALOG) as [CheckCode, ...CheckCode[]];

export const checkSchema = z.object({
  id: z.enum([
    'extract', 'format', 'shape', 'hosted', 'scope', 'issuer', 'proof', 'key', 'status', 'validity', 'recipient', 'platform',
    'binding', 'claims', 'schema', 'nested', 'endorsement',
  ]),
  outcome: z.enum(['pass', 'fail', 'skip', 'error']),
  code: z.enum(checkCodes),
  detail: z.optional(short(20_000)),
  pointer: z.optional(short(2000)),
});

const text = z.optional(short(20_000));

const resultFields = {
  source: short(2_000_000),
  format: z.enum(['ob2-hosted', 'ob2-signed', 'ob3-jwt', 'ob3-di', 'clr2', 'unknown']),
  status: z.enum(STATUSES),
  assurance: z.enum(['signed', 'hosted', 'none']),
  checks: z.array(checkSchema).check(z.maxLength(200)),
  credential: z.object({
    id: text,
    name: text,
    description: text,
    image: z.optional(short(2_000_000)),
    criteria: text,
    criteriaUrl: text,
    issued: text,
    expires: text,
    revocationReason: text,
    issuer: z.optional(z.object({ id: text, name: text, url: text, nameSource: z.optional(z.enum(['hosted-profile', 'embedded'])),
      vouchedBy: z.optional(z.object({ kind: z.enum(['origin', 'did']), value: short(4000) })),
      nameTrust: z.optional(z.enum(['self-declared', 'trust-list'])) })),
    recipient: z.optional(z.object({ type: text, hashed: z.optional(z.boolean()), identity: text })),
  }),
  checkedAt: short(40),
};

/** A CLR's nested credentials: one level deep (nested credentials carry no further nesting). */
const nestedResultSchema = z.object(resultFields);

export const resultSchema = z.object({
  ...resultFields,
  nested: z.optional(z.array(nestedResultSchema).check(z.maxLength(100))),
});

/** One thing found on a page, its element's handle (`ref`) and what became of it. */
export const tabItemSchema = z.object({
  ref: short(64),
  candidate: candidateSchema,
  state: z.enum(['pending', 'done']),
  results: z.array(resultSchema),
});

export const tabStateSchema = z.object({
  tabId: z.number(),
  pageUrl: url,
  /** Changes on every load and SPA navigation; messages from an older navigation are dropped. */
  navigationId: short(64),
  items: z.array(tabItemSchema),
});

export const settingsSchema = z.object({
  autoScan: z.boolean(),
  disabledSites: z.array(short(300)),
  allowLocalNetwork: z.boolean(),
  language: z.enum(['auto', ...LANGS]),
});

export type TabItem = z.infer<typeof tabItemSchema>;
export type TabState = z.infer<typeof tabStateSchema>;
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { autoScan: true, disabledSites: [], allowLocalNetwork: false, language: 'auto' };
