import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../lib/detect/candidate';
import { PLATFORM_IDS } from '../../../lib/detect/platforms';
import { capCandidate, capResult, capTo, capUnknown } from '../../../lib/protocol/cap';
import { fitsUncut } from '../../../lib/protocol/cap-candidate';
import { capText, capUrl, LIMITS, TRUNCATION_MARKER } from '../../../lib/protocol/limits';
import { candidateSchema, resultSchema, tabStateSchema } from '../../../lib/protocol/schemas';
import { CHECK_CATALOG, type CheckCode } from '../../../lib/result/catalog';
import type { Check, VerificationResult } from '../../../lib/result/types';
import { ASSURANCES, CHECK_IDS, FORMAT_IDS, NAME_SOURCES, OUTCOMES, STATUSES } from '../../../lib/result/vocabulary';

const RUNS = 150;

/** Short strings mostly; now and then one within a few characters of `limit`, either side, in one- or two-unit characters. */
const textNear = (limit: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 24 }) },
    {
      weight: 1,
      arbitrary: fc
        .record({
          head: fc.string({ maxLength: 8 }),
          length: fc.integer({ min: limit - 16, max: limit + 40 }),
          fill: fc.constantFrom('a', 'é', '😀', ' '),
        })
        .map(({ head, length, fill }) => (head + fill.repeat(Math.ceil(length / fill.length))).slice(0, length)),
    },
  );

const arrayNear = <T>(item: fc.Arbitrary<T>, limit: number, filler: T) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.array(item, { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.integer({ min: limit - 2, max: limit + 5 }).map((n) => Array.from({ length: n }, () => filler)) },
  );

const codes = Object.keys(CHECK_CATALOG) as CheckCode[];
const plainCheck: Check = { id: 'proof', outcome: 'pass', code: 'proof.ok' };
const check: fc.Arbitrary<Check> = fc.record(
  {
    id: fc.constantFrom(...CHECK_IDS),
    outcome: fc.constantFrom(...OUTCOMES),
    code: fc.constantFrom(...codes),
    detail: textNear(LIMITS.text),
    pointer: textNear(LIMITS.pointer),
  },
  { requiredKeys: ['id', 'outcome', 'code'] },
);

const text = textNear(LIMITS.text);
/** Strings of 2 MB are slow to make and compare: the top-level result has them, its nested results do not. */
const credentialWith = (image: fc.Arbitrary<string>) =>
  fc.record(
    {
      id: text,
      name: text,
      description: text,
      image,
      criteria: text,
      criteriaUrl: text,
      issued: text,
      expires: text,
      revocationReason: text,
      issuer: fc.record({ id: text, name: text, url: text, nameSource: fc.constantFrom(...NAME_SOURCES) }, { requiredKeys: [] }),
      recipient: fc.record({ type: text, hashed: fc.boolean(), identity: text }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );

const fieldsWith = (bulk: fc.Arbitrary<string>) => ({
  source: bulk,
  format: fc.constantFrom(...FORMAT_IDS),
  status: fc.constantFrom(...STATUSES),
  assurance: fc.constantFrom(...ASSURANCES),
  checks: arrayNear(check, LIMITS.checks, plainCheck),
  credential: credentialWith(bulk),
  checkedAt: textNear(LIMITS.checkedAt),
});
const resultFields = fieldsWith(textNear(LIMITS.bulk));
const nestedResult = fc.record(fieldsWith(fc.string({ maxLength: 24 })));
const smallNested: Omit<VerificationResult, 'nested'> = {
  source: 's',
  format: 'ob3-di',
  status: 'verified',
  assurance: 'signed',
  checks: [],
  credential: {},
  checkedAt: '2026-01-01T00:00:00Z',
};
const result: fc.Arbitrary<VerificationResult> = fc.record(
  { ...resultFields, nested: arrayNear(nestedResult, LIMITS.nested, smallNested) },
  { requiredKeys: Object.keys(resultFields) as (keyof typeof resultFields)[] },
);

const candidate: fc.Arbitrary<Candidate> = fc.oneof(
  textNear(LIMITS.bulk).map((url): Candidate => ({ kind: 'image', url })),
  textNear(LIMITS.bulk).map((markup): Candidate => ({ kind: 'svg-markup', markup })),
  textNear(LIMITS.embedded).map((text): Candidate => ({ kind: 'embedded', text })),
  textNear(LIMITS.url).map((url): Candidate => ({ kind: 'link', url })),
  fc
    .record({ platform: fc.constantFrom(...PLATFORM_IDS), url: textNear(LIMITS.url), id: textNear(LIMITS.platformId) })
    .map((c): Candidate => ({ kind: 'platform', ...c })),
);

/** The limit of the string at `path` of a result or candidate, as the protocol declares it. */
function limitAt(path: string): number {
  const field = path.replace(/^nested\.\d+\./, '');
  if (/^(source|credential\.image|url|markup)$/.test(field)) return LIMITS.bulk;
  if (field === 'text') return LIMITS.embedded;
  if (field === 'id') return LIMITS.platformId;
  if (/^checks\.\d+\.pointer$/.test(field)) return LIMITS.pointer;
  if (field === 'checkedAt') return LIMITS.checkedAt;
  return LIMITS.text;
}

/** Length in code points, as the schemas count (a lone surrogate is one too). */
function characters(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++, count++) {
    if ((value.charCodeAt(i) & 0xfc00) === 0xd800 && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return count;
}

/** Every string in `value` with its dotted path. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, path ? `${path}.${key}` : key));
}

/** Each string within its limit is untouched; each over it is its own start plus the marker, as long as the limit allows. */
function expectCutToLimits(original: unknown, capped: unknown, limit: (path: string) => number) {
  const before = new Map(strings(original));
  for (const [path, after] of strings(capped)) {
    const was = before.get(path);
    if (was === undefined) throw new Error(`${path} appeared from nowhere`);
    const max = limit(path);
    if (characters(was) <= max) {
      expect(after, path).toBe(was);
    } else {
      expect(after.endsWith(TRUNCATION_MARKER), path).toBe(true);
      expect(characters(after), path).toBe(max);
      expect(was.startsWith(after.slice(0, -TRUNCATION_MARKER.length)), path).toBe(true);
    }
  }
}

describe('capText', () => {
  it('leaves what fits alone and cuts the rest to exactly the limit, marker included', () => {
    expect(capText('abc', 3)).toBe('abc');
    const cut = capText('x'.repeat(50), 20);
    expect(cut).toBe(`${'x'.repeat(20 - TRUNCATION_MARKER.length)}${TRUNCATION_MARKER}`);
    expect(cut).toHaveLength(20);
  });

  it('counts characters as the schemas do, a surrogate pair as one, and never splits one', () => {
    const keep = 20 - TRUNCATION_MARKER.length;
    expect(capText('😀'.repeat(20), 20)).toBe('😀'.repeat(20));
    const value = `${'a'.repeat(keep - 1)}😀${'b'.repeat(40)}`;
    const cut = capText(value, 20);
    expect(cut).toBe(`${'a'.repeat(keep - 1)}😀${TRUNCATION_MARKER}`);
    expect(encodeURIComponent(cut)).toBeTypeOf('string'); // throws on a lone surrogate
    expect(capText(`${'😀'.repeat(40)}`, 20)).toBe(`${'😀'.repeat(keep)}${TRUNCATION_MARKER}`);
  });

  it('cuts without a marker when the limit is shorter than the marker', () => {
    expect(capText('abcdefghijklmnop', 4)).toBe('abcd');
  });
});

describe('capping a verification result', () => {
  it(`gives a result the schema accepts, with every over-long string cut with the marker (${RUNS} results)`, () => {
    fc.assert(
      fc.property(result, (original) => {
        const capped = capResult(original);
        const parsed = resultSchema.safeParse(capped);
        expect(parsed.success, parsed.error?.message).toBe(true);
        expectCutToLimits(original, capped, limitAt);
        expect(capped.checks.length).toBe(Math.min(original.checks.length, LIMITS.checks));
        expect(capped.status).toBe(original.status);
      }),
      { numRuns: RUNS },
    );
  });

  it('returns the very same object when nothing had to be cut', () => {
    fc.assert(
      fc.property(result, (original) => {
        if (resultSchema.safeParse(original).success) expect(capResult(original)).toBe(original);
      }),
      { numRuns: RUNS },
    );
  });

  it('cuts a 25,000-character check detail to the detail limit and keeps the rest of the result', () => {
    const detail = `JWS algorithm ${'A'.repeat(25_000)} is not supported`;
    const original: VerificationResult = {
      ...smallNested,
      status: 'unverifiable',
      checks: [{ id: 'proof', outcome: 'error', code: 'proof.alg-unsupported', detail }],
    };
    expect(resultSchema.safeParse(original).success).toBe(false);
    const capped = capResult(original);
    expect(resultSchema.safeParse(capped).success).toBe(true);
    expect(capped.checks[0]?.detail).toHaveLength(LIMITS.text); // one unit per character here
    expect(capped.checks[0]?.detail?.startsWith('JWS algorithm AAA')).toBe(true);
    expect(capped.checks[0]?.detail?.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(original.checks[0]?.detail).toBe(detail);
  });
});

describe('capping a candidate', () => {
  it(`gives a candidate the schema accepts, says whether it cut, and cuts only what is over (${RUNS} candidates)`, () => {
    fc.assert(
      fc.property(candidate, (original) => {
        const { candidate: capped, truncated } = capCandidate(original);
        expect(candidateSchema.safeParse(capped).success).toBe(true);
        expect(truncated).toBe(!candidateSchema.safeParse(original).success);
        expect(capped.kind).toBe(original.kind);
        expectCutToLimits(original, capped, (path) =>
          (original.kind === 'link' || original.kind === 'platform') && path === 'url' ? LIMITS.url : limitAt(path),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it(`cuts exactly as capTo(candidateSchema) does, without zod (${RUNS} candidates)`, () => {
    fc.assert(
      fc.property(candidate, (original) => {
        const viaSchema = capTo(candidateSchema, original);
        const { candidate: capped, truncated } = capCandidate(original);
        expect(capped).toEqual(viaSchema);
        expect(truncated).toBe(viaSchema !== original);
      }),
      { numRuns: RUNS },
    );
  });

  it(`lets the eager script send as is only what capCandidate leaves whole, and all that is short in UTF-16 units (${RUNS} candidates)`, () => {
    let fitting = 0;
    fc.assert(
      fc.property(candidate, (original) => {
        const fits = fitsUncut(original);
        if (fits) fitting++;
        if (fits) expect(capCandidate(original).truncated).toBe(false);
        const units = Object.entries(original).filter(([field]) => field !== 'kind' && field !== 'platform');
        const limitOf = (field: string) =>
          (original.kind === 'link' || original.kind === 'platform') && field === 'url' ? LIMITS.url : limitAt(field);
        const short = units.every(([field, value]) => (value as string).length <= limitOf(field));
        expect(fits).toBe(short);
      }),
      { numRuns: RUNS },
    );
    expect(fitting).toBeGreaterThan(0);
  });

  it('cuts a 1.5 MB inline credential to the inline limit', () => {
    const { candidate: capped, truncated } = capCandidate({
      kind: 'embedded',
      text: `{"type":"OpenBadgeCredential","pad":"${'x'.repeat(1_500_000)}"}`,
    });
    expect(truncated).toBe(true);
    expect(capped.kind === 'embedded' && capped.text.length).toBe(LIMITS.embedded);
  });
});

describe('capping what is not known to fit the schema', () => {
  it(`never throws and never touches a value of another shape (${RUNS} values)`, () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const schema of [resultSchema, candidateSchema, tabStateSchema]) {
          const capped = capUnknown(schema, value);
          if (typeof value !== 'object' || value === null) expect(capped).toBe(value);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('cuts a tab state with a 9,000-character page URL so that it validates', () => {
    const state = { tabId: 1, pageUrl: `https://cv.example.net/?q=${'a'.repeat(9000)}`, navigationId: 'n1', items: [] };
    expect(tabStateSchema.safeParse(state).success).toBe(false);
    const capped = capTo(tabStateSchema, state);
    expect(tabStateSchema.safeParse(capped).success).toBe(true);
    expect(capped.pageUrl).toHaveLength(LIMITS.url);
    expect(capped.pageUrl.startsWith('https://cv.example.net/?q=aaa')).toBe(true);
  });
});

describe('capUrl', () => {
  it('cuts a serialised (ASCII) URL exactly as capText does', () => {
    const url = `https://cv.example.net/${'a'.repeat(9000)}?q=%E2%9C%93`;
    expect(capUrl(url)).toBe(capText(url, LIMITS.url));
    expect(capUrl('https://cv.example.net/')).toBe('https://cv.example.net/');
  });

  it('leaves any other text within the limit in code points', () => {
    const cut = capUrl(`https://cv.example.net/${'✓😀'.repeat(5000)}`);
    expect([...cut].length).toBeLessThanOrEqual(LIMITS.url);
    expect(cut.endsWith(TRUNCATION_MARKER)).toBe(true);
  });
});
