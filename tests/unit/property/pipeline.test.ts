/**
 * Property tests over the whole pipeline with the generated issuer sites behind a fake HTTP port:
 * mutated badges, generated credentials baked into PNGs and SVGs, and loose JSON all end as results
 * that validate against resultSchema (every string within its cap), never a throw or internal.error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultSchema } from '../../../lib/protocol/schemas';
import type { VerificationResult } from '../../../lib/result/types';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { testEnv } from '../../support/env';
import { GENERATED, generatedSiteHttp } from '../../support/generated-site';
import { RUNS } from './arbitraries';
import { bakePng, bakeSvg, credentialLike } from './credentials';

const files = readdirSync(`${GENERATED}/badges`).filter((f) => !f.includes('poison'));
const fixtures = files.map((name) => ({ name, bytes: new Uint8Array(readFileSync(`${GENERATED}/badges/${name}`)) }));

function expectSound(results: VerificationResult[], label: string): void {
  for (const result of results) {
    const parsed = resultSchema.safeParse(result);
    expect(parsed.success, `${label}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues[0])}`).toBe(true);
    expect(
      result.checks.map((c) => c.code),
      label,
    ).not.toContain('internal.error');
  }
}

/** A fixture with up to 8 byte edits (set, flip, quote) or cut short. */
const mutated = fc
  .tuple(
    fc.nat({ max: fixtures.length - 1 }),
    fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('set', 'flip', 'quote'), fc.nat({ max: 255 })), {
      minLength: 1,
      maxLength: 8,
    }),
    fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 4 }),
  )
  .map(([index, edits, cut]) => {
    const { name, bytes } = fixtures[index]!;
    const out = new Uint8Array(bytes);
    for (const [where, how, value] of edits) {
      const at = Math.floor(where * (out.length - 1));
      out[at] = how === 'set' ? value : how === 'flip' ? out[at]! ^ (1 << (value % 8)) : 0x22;
    }
    return { name, bytes: cut === null ? out : out.subarray(0, Math.floor(cut * out.length)) };
  });

describe('the pipeline (properties)', () => {
  it(`${RUNS.pipeline} mutated badges: sound results`, async () => {
    const http = generatedSiteHttp();
    await fc.assert(
      fc.asyncProperty(mutated, async ({ name, bytes }) => expectSound(await verifyBytes(bytes, name, testEnv(http)), name)),
      { numRuns: RUNS.pipeline },
    );
  }, 60_000);

  it(`${RUNS.pipeline} generated credentials baked into PNG and SVG, or sent as JSON: sound results`, async () => {
    const http = generatedSiteHttp();
    await fc.assert(
      fc.asyncProperty(credentialLike, fc.constantFrom('png', 'svg', 'json'), async (credential, container) => {
        const text = JSON.stringify(credential);
        const bytes = container === 'png' ? bakePng(text) : container === 'svg' ? bakeSvg(text) : new TextEncoder().encode(text);
        expectSound(await verifyBytes(bytes, `generated.${container}`, testEnv(http)), text.slice(0, 300));
      }),
      { numRuns: RUNS.pipeline },
    );
  }, 60_000);

  it(`${RUNS.pipeline} arbitrary byte strings and JSON texts: sound results`, async () => {
    const http = generatedSiteHttp();
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.jsonValue().map((v) => new TextEncoder().encode(JSON.stringify(v))),
    );
    await fc.assert(
      fc.asyncProperty(input, fc.constantFrom(undefined, 'application/json', 'image/png', 'image/svg+xml'), async (bytes, type) =>
        expectSound(await verifyBytes(bytes, 'arbitrary', testEnv(http), type), `${bytes.length} bytes as ${type}`),
      ),
      { numRuns: RUNS.pipeline },
    );
  }, 60_000);
});
