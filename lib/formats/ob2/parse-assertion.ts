import { fail } from '../../result/check';
import type { Check } from '../../result/types';
import { describeZodError } from '../../util/zod-problem';
import type { Ob2Version } from './detect';
import { isRecord } from '../../util/json';
import { assertionSchema, type Assertion } from './schemas';
import { upgradeAssertion } from './upgrade';

export type ParsedAssertion =
  | { ok: true; assertion: Assertion; upgraded: Record<string, unknown>; version: Ob2Version }
  | { ok: false; check: Check; upgraded: Record<string, unknown> };

export function parseAssertion(value: unknown, version: Ob2Version, foundAt?: string): ParsedAssertion {
  const upgraded = isRecord(value) ? upgradeAssertion(value, version, foundAt) : {};
  const parsed = assertionSchema.safeParse(upgraded);
  if (!parsed.success) {
    const problem = describeZodError(parsed.error);
    return { ok: false, upgraded, check: fail('shape', 'shape.invalid', `assertion: ${problem.detail}`, problem.pointer) };
  }
  return { ok: true, assertion: parsed.data, upgraded, version };
}

/** A legacy assertion is read as 2.0; say so, since issuers should republish. */
export function legacyChecks(version: Ob2Version): Check[] {
  return version === '2.0' ? [] : [fail('shape', 'shape.legacy-upgraded', `Open Badges ${version} assertion, read as 2.0`)];
}

export function recipientOf(assertion: Assertion) {
  const r = assertion.recipient;
  return { identity: r.identity, hashed: r.hashed === true || r.hashed === 'true', salt: r.salt ?? undefined, type: r.type };
}
