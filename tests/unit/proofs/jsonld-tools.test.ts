import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import { jsonLdTools } from '../../../lib/jsonld/load';

const vector = (file: string) => {
  const { proof: _proof, ...document } = JSON.parse(readFileSync(`tests/fixtures/vectors/${file}`, 'utf8')) as Record<string, unknown>;
  return document;
};
/** Blank nodes that all know each other: RDFC-1.0 must compare them deeply (where it checks the signal). */
const clique = (n: number) => {
  const ids = Array.from({ length: n }, (_, i) => `_:n${i}`);
  return {
    '@context': { knows: { '@id': 'https://schema.org/knows', '@type': '@id' } },
    '@graph': ids.map((id) => ({ '@id': id, knows: ids.filter((x) => x !== id) })),
  };
};
const sortedLines = (nquads: string) => nquads.split('\n').filter(Boolean).sort();
const blankLabels = (nquads: string, prefix: string) => new Set(nquads.match(new RegExp(`_:${prefix}\\d+`, 'g')) ?? []);

describe('JSON-LD tools port: canonical form with its blank-node label map', () => {
  it.each(['ob3/ob-spec_ldp-testvector_signed.json'])('%s: same N-Quads as canonize, every canonical label mapped', async (file) => {
    const document = vector(file);
    const { nquads, labels } = await jsonLdTools.canonizeWithLabels(document);
    expect(nquads).toBe(await jsonLdTools.canonize(document));
    expect(labels.size).toBeGreaterThan(0);
    for (const [from, to] of labels) {
      expect(from).toMatch(/^_:b\d+$/);
      expect(to).toMatch(/^_:c14n\d+$/);
    }
    expect(new Set(labels.values())).toEqual(blankLabels(nquads, 'c14n'));
  });

  it('relabelling the input dataset with the map gives the canonical N-Quads', async () => {
    const document = {
      '@context': { name: 'https://schema.org/name', knows: { '@id': 'https://schema.org/knows', '@type': '@id' } },
      '@id': '_:first',
      name: 'z',
      knows: [{ '@id': '_:second', name: 'a', knows: '_:first' }, { name: 'm' }],
    };
    const { nquads, labels } = await jsonLdTools.canonizeWithLabels(document);
    const input: string = await jsonld.toRDF(document, { format: 'application/n-quads', safe: true });
    expect([...labels.keys()].sort()).toEqual([...blankLabels(input, 'b')].sort());
    const relabelled = input.replace(/_:b\d+/g, (label) => labels.get(label) ?? 'unmapped');
    expect(sortedLines(relabelled)).toEqual(sortedLines(nquads));
    expect(new Set(labels.values()).size).toBe(3);
  });

  it('a document without blank nodes has an empty map', async () => {
    const { nquads, labels } = await jsonLdTools.canonizeWithLabels({
      '@context': { name: 'https://schema.org/name' },
      '@id': 'urn:x',
      name: 'x',
    });
    expect(nquads).toBe('<urn:x> <https://schema.org/name> "x" .\n');
    expect(labels.size).toBe(0);
  });

  it('fails like canonize: unknown contexts, aborted signals', async () => {
    await expect(jsonLdTools.canonizeWithLabels({ '@context': 'https://contexts.example.net/v1', name: 'x' })).rejects.toMatchObject({
      name: 'JsonLdFailure',
      problem: { kind: 'unknown-context', url: 'https://contexts.example.net/v1' },
    });
    const controller = new AbortController();
    controller.abort();
    await expect(jsonLdTools.canonizeWithLabels(clique(3), { signal: controller.signal })).rejects.toMatchObject({
      name: 'JsonLdFailure',
      problem: { kind: 'work-limit' },
    });
    await expect(jsonLdTools.canonize(clique(3), { signal: controller.signal })).rejects.toMatchObject({
      problem: { kind: 'work-limit' },
    });
  });
});
