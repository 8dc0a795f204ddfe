import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromBytes } from '../../../lib/extract';
import { isJsonLdFailure, jsonLdTools } from '../../../lib/jsonld/load';
import { stockCanonize } from '../../support/stock-canonize';

/**
 * The canonical N-Quads (and blank-node labels) of lib/jsonld must be byte-identical to stock
 * jsonld.js's, for every JSON-LD document in the fixtures: each credential and every nested one, without
 * its proof, each proof configuration, and a copy with a term no context defines (safe mode refuses it).
 */
const ROOTS = ['tests/fixtures/vectors', 'tests/fixtures/generated'];
const files = ROOTS.flatMap((root) =>
  (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => /\.(json|jwt|jws|png|svg|txt)$/.test(f) && !f.startsWith('w3c-jsonld'))
    .map((f) => join(root, f)),
);

const base64urlJson = (part: string | undefined): unknown => {
  try {
    return JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
};

function parsedText(text: string): unknown {
  const trimmed = text.trim();
  if (/^[\w-]+\.[\w-]+\.[\w-]*$/.test(trimmed)) return base64urlJson(trimmed.split('.')[1]);
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

async function payloadOf(file: string): Promise<unknown> {
  const bytes = readFileSync(file);
  if (/\.(png|svg)$/.test(file)) {
    const extracted = await extractFromBytes(bytes);
    return extracted.ok && extracted.payload ? parsedText(extracted.payload.text) : undefined;
  }
  return parsedText(bytes.toString('utf8'));
}

type Doc = Record<string, unknown>;
const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object carrying its own `@context`, at any depth. */
function documentsIn(value: unknown, found: Doc[] = []): Doc[] {
  if (Array.isArray(value)) for (const item of value) documentsIn(item, found);
  else if (isObject(value)) {
    if ('@context' in value) found.push(value);
    for (const item of Object.values(value)) documentsIn(item, found);
  }
  return found;
}

function variants(doc: Doc): Doc[] {
  const { proof, ...unsigned } = doc;
  const proofs = (Array.isArray(proof) ? proof : [proof]).filter(isObject);
  const configurations = proofs.map(({ proofValue: _value, ...options }) => ({ '@context': doc['@context'], ...options }));
  return [doc, unsigned, ...configurations, { ...unsigned, badgeLensUndefinedTerm: 'x' }];
}

type Outcome = { ok: true; nquads: string; labels: Array<[string, string]> } | { ok: false };

async function ours(doc: Doc): Promise<Outcome> {
  try {
    const { nquads, labels } = await jsonLdTools.canonizeWithLabels(doc);
    return { ok: true, nquads, labels: [...labels].sort() };
  } catch (e) {
    expect(isJsonLdFailure(e), String(e)).toBe(true);
    return { ok: false };
  }
}

async function stock(doc: Doc): Promise<Outcome> {
  const issued = new Map<string, string>();
  try {
    const nquads = await stockCanonize(doc, issued);
    return { ok: true, nquads, labels: [...issued].map(([from, to]): [string, string] => [`_:${from}`, `_:${to}`]).sort() };
  } catch {
    return { ok: false };
  }
}

describe('canonical N-Quads: lib/jsonld against stock jsonld.js over every fixture', () => {
  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThan(150);
  });

  it('byte-identical N-Quads and labels, or both refuse; twice (cold and warm caches)', async () => {
    let canonical = 0;
    let refused = 0;
    for (const file of files) {
      for (const doc of documentsIn(await payloadOf(file))) {
        for (const variant of variants(doc)) {
          const expected = await stock(variant);
          for (const round of ['cold', 'warm']) expect(await ours(variant), `${file} ${round}`).toEqual(expected);
          if (expected.ok) canonical++;
          else refused++;
        }
      }
    }
    // not vacuous: most documents canonicalize, and the undefined-term copies are refused
    expect(canonical).toBeGreaterThan(150);
    expect(refused).toBeGreaterThan(50);
  }, 120_000);
});
