import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resultSchema } from '../../../lib/protocol/schemas';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { testEnv } from '../../support/env';
import { GENERATED, generatedSiteHttp } from '../../support/generated-site';

/** A small seeded PRNG, so a failure can be replayed. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const out = new Uint8Array(bytes);
  const kind = Math.floor(random() * 4);
  if (kind === 0) return out.subarray(0, Math.floor(random() * out.length));
  const edits = 1 + Math.floor(random() * 8);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * out.length);
    out[at] = kind === 1 ? Math.floor(random() * 256) : kind === 2 ? out[at]! ^ (1 << Math.floor(random() * 8)) : 0x22;
  }
  return out;
}

const files = readdirSync(`${GENERATED}/badges`).filter((f) => !f.includes('poison'));

describe('mutated badges: bad input of any shape ends as a result with a code', () => {
  it.each([1, 2, 3])(
    'seed %i: 120 mutations end as valid results, never a crash or an internal error',
    async (seed) => {
      const random = prng(seed);
      const http = generatedSiteHttp();
      for (let i = 0; i < 120; i++) {
        const file = files[Math.floor(random() * files.length)]!;
        const bytes = mutate(new Uint8Array(readFileSync(`${GENERATED}/badges/${file}`)), random);
        const results = await verifyBytes(bytes, file, testEnv(http));
        for (const result of results) {
          expect(resultSchema.safeParse(result).success, `${file} #${i}`).toBe(true);
          expect(
            result.checks.map((c) => c.code),
            `${file} #${i}`,
          ).not.toContain('internal.error');
        }
      }
    },
    60_000,
  );
});
