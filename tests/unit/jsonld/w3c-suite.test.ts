import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
// @ts-expect-error jsonld.js ships no types; its resolver is internal, used here only to keep the stock path's caches apart
import ContextResolver from 'jsonld/lib/ContextResolver.js';
import { ourJsonLdOptions } from '../../../lib/jsonld/canonize';

/**
 * lib/jsonld changes how jsonld.js copies active contexts and lets it cache contexts across calls
 * (lib/jsonld/active-context.ts). Over every input of the W3C expand and toRdf suites, in plain and
 * safe mode, twice (cold and warm caches), our options must give exactly what stock jsonld.js gives:
 * the same expanded JSON, the same N-Quads, or the same error.
 */
const DIR = 'tests/fixtures/vectors/w3c-jsonld';
const BASE = 'https://w3c.github.io/json-ld-api/tests/';

interface Entry {
  '@id': string;
  input: string;
  option?: {
    specVersion?: string;
    processingMode?: string;
    base?: string;
    expandContext?: string;
    rdfDirection?: string;
    produceGeneralizedRdf?: boolean;
  };
}

const api = jsonld as unknown as {
  expand(input: unknown, options: object): Promise<unknown>;
  toRDF(input: unknown, options: object): Promise<string>;
};

const manifest = (name: string) =>
  (JSON.parse(readFileSync(`${DIR}/${name}-manifest.jsonld`, 'utf8')) as { sequence: Entry[] }).sequence
    // our calls always run JSON-LD 1.1; 1.0-only tests are about a mode we never use
    .filter((t) => t.option?.specVersion !== 'json-ld-1.0' && t.option?.processingMode !== 'json-ld-1.0')
    .filter((t) => t.input.endsWith('.jsonld'));

function loader(tag: 'static' | undefined) {
  return async (url: string) => {
    if (!url.startsWith(BASE)) throw new Error(`not in the suite: ${url}`);
    const document = JSON.parse(readFileSync(`${DIR}/${url.slice(BASE.length).split('#')[0]}`, 'utf8')) as unknown;
    return { contextUrl: null, documentUrl: url, document, ...(tag ? { tag } : {}) };
  };
}

/** The outcome as data: the result, or the error's name, code and message. */
async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return { ok: await run() };
  } catch (e) {
    const err = e as { name?: string; message?: string; details?: { code?: string; event?: { code?: string } } };
    return { name: err.name, code: err.details?.code ?? err.details?.event?.code, message: err.message };
  }
}

const stockCache = new Map<string, unknown>();

function optionsFor(test: Entry, safe: boolean) {
  const base = test.option?.base ?? `${BASE}${test.input}`;
  return {
    base,
    safe,
    ...(test.option?.rdfDirection ? { rdfDirection: test.option.rdfDirection } : {}),
    ...(test.option?.produceGeneralizedRdf ? { produceGeneralizedRdf: true } : {}),
  };
}

async function compare(kind: 'expand' | 'toRdf', test: Entry) {
  const input = JSON.parse(readFileSync(`${DIR}/${test.input}`, 'utf8')) as unknown;
  const expandContext = test.option?.expandContext ? JSON.parse(readFileSync(`${DIR}/${test.option.expandContext}`, 'utf8')) : undefined;
  for (const safe of [false, true]) {
    const options = { ...optionsFor(test, safe), ...(expandContext ? { expandContext } : {}) };
    const call = (extra: object) => () =>
      kind === 'expand'
        ? api.expand(structuredClone(input), { ...options, ...extra })
        : api.toRDF(structuredClone(input), { ...options, format: 'application/n-quads', ...extra });
    const stock = await outcome(
      call({ documentLoader: loader(undefined), contextResolver: new ContextResolver({ sharedCache: stockCache }) }),
    );
    for (const round of ['cold', 'warm']) {
      const ours = await outcome(call({ documentLoader: loader('static'), ...(await ourJsonLdOptions()) }));
      expect(ours, `${test['@id']} safe=${safe} ${round}`).toEqual(stock);
    }
  }
}

describe.each(['expand', 'toRdf'] as const)('W3C %s suite: our jsonld.js options give what stock jsonld.js gives', (kind) => {
  const tests = manifest(kind);
  it('has the suite', () => {
    expect(tests.length).toBeGreaterThan(kind === 'expand' ? 300 : 380);
  });
  it(`every ${kind} input, plain and safe mode, cold and warm caches`, async () => {
    for (const test of tests) await compare(kind, test);
  }, 120_000);
});
