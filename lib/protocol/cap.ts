import * as z from 'zod/mini';
import type { VerificationResult } from '../result/types';
import { capText } from './limits';
import { resultSchema } from './schemas';

export { capCandidate } from './cap-candidate';

/**
 * Shortens every string and array in `value` to the length `schema` allows (strings end with the
 * truncation marker), and changes nothing else: what it returns has the type it was given. Parts
 * that need no cut are returned as they were (the same object), so `capTo(s, v) === v` says nothing
 * was cut.
 */
export function capTo<S extends z.ZodMiniType>(schema: S, value: z.output<S>): z.output<S> {
  return capUnknown(schema, value) as z.output<S>;
}

/** `capTo` for a value not known to have the schema's shape yet (an incoming message before validation). */
export function capUnknown(schema: z.core.$ZodType, value: unknown): unknown {
  const type = schema as z.core.$ZodTypes;
  const def = type._zod.def;
  switch (def.type) {
    case 'string':
      return typeof value === 'string' ? capText(value, maxLengthOf(def.checks) ?? value.length) : value;
    case 'array': {
      if (!Array.isArray(value)) return value;
      const max = maxLengthOf(def.checks) ?? value.length;
      const items = value.slice(0, max).map((item) => capUnknown(def.element, item));
      return items.length === value.length && items.every((item, i) => item === value[i]) ? value : items;
    }
    case 'object':
      return isRecord(value) ? capShape(def.shape, value) : value;
    case 'optional':
    case 'nullable':
    case 'catch':
    case 'readonly':
    case 'default':
    case 'prefault':
    case 'nonoptional':
      return value === undefined || value === null ? value : capUnknown(def.innerType, value);
    case 'pipe':
      return capUnknown(def.in, value);
    case 'union':
      return capUnion(def.options, value);
    default:
      return value;
  }
}

export const capResult = (result: VerificationResult): VerificationResult => capTo(resultSchema, result);

function capShape(shape: Record<string, z.core.$ZodType>, value: Record<string, unknown>): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const [key, field] of Object.entries(shape)) {
    if (!Object.hasOwn(value, key)) continue;
    const capped = capUnknown(field, value[key]);
    if (capped === value[key]) continue;
    copy ??= { ...value };
    copy[key] = capped;
  }
  return copy ?? value;
}

/** The first option the capped value satisfies (a discriminated union's own branch); the value as it was if none. */
function capUnion(options: readonly z.core.$ZodType[], value: unknown): unknown {
  for (const option of options) {
    const capped = capUnknown(option, value);
    if (z.safeParse(option, capped).success) return capped;
  }
  return value;
}

function maxLengthOf(checks: readonly z.core.$ZodCheck<never>[] | undefined): number | undefined {
  let max: number | undefined;
  for (const check of checks ?? []) {
    const def = check._zod.def as z.core.$ZodCheckDef & { maximum?: number };
    if (def.check === 'max_length' && typeof def.maximum === 'number') max = Math.min(max ?? def.maximum, def.maximum);
  }
  return max;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
