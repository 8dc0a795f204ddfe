import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { capUnknown } from '../../../lib/protocol/cap';
import { lazySchema } from '../../../lib/protocol/lazy-schema';

describe('schemas built on first use', () => {
  it('builds nothing until used, then once', () => {
    let builds = 0;
    const name = lazySchema(() => {
      builds++;
      return z.string().check(z.maxLength(5));
    });
    expect(builds).toBe(0);
    expect(name.safeParse('Ada').success).toBe(true);
    expect(name.safeParse('Ada Lovelace').success).toBe(false);
    expect(builds).toBe(1);
  });

  it('stands in for the schema inside others, in discriminated unions, and where capUnknown reads its definition', () => {
    const reset = lazySchema(() => z.object({ type: z.literal('reset'), page: lazySchema(() => z.string().check(z.maxLength(8))) }));
    const items = lazySchema(() => z.object({ type: z.literal('items'), refs: z.array(z.string()).check(z.maxLength(2)) }));
    const message = lazySchema(() => z.discriminatedUnion('type', [reset, items]));
    expect(message.safeParse({ type: 'reset', page: 'a' }).success).toBe(true);
    expect(message.safeParse({ type: 'items', refs: ['a', 'b', 'c'] }).success).toBe(false);
    expect(message.safeParse({ type: 'other' }).success).toBe(false);
    const capped = capUnknown(message, { type: 'items', refs: ['a', 'b', 'c'] });
    expect(capped).toEqual({ type: 'items', refs: ['a', 'b'] });
    expect(message.safeParse(capped).success).toBe(true);
    const spread = z.object({ ...reset.shape, extra: z.number() });
    expect(spread.safeParse({ type: 'reset', page: 'p', extra: 1 }).success).toBe(true);
  });
});
