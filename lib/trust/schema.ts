import * as z from 'zod/mini';
import type { TrustList } from './trust-list';

const text = (max: number) => z.string().check(z.maxLength(max));

/** Trust lists as kept in storage.local (`trustLists`): read back through this, so a damaged store is ignored, never trusted. */
export const trustListsSchema = z.array(
  z.object({
    name: text(300),
    entries: z.array(z.object({ id: text(4000), label: z.exactOptional(text(300)) })).check(z.maxLength(10_000)),
    source: z.exactOptional(text(8192)),
    updatedAt: z.exactOptional(text(40)),
  }),
);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type TrustListSchemaMatches = Same<z.infer<typeof trustListsSchema>[number], TrustList> extends true ? true : never;
export const TRUST_SCHEMA_MATCHES: TrustListSchemaMatches = true;
