import { describe, expect, it } from 'vitest';
import { canonizeRdfc, WARM_UP_DOCUMENTS, warmUp } from '../../../lib/jsonld/canonize';
import { jsonLdTools } from '../../../lib/jsonld/load';
import { staticJsonLdTools } from '../../../lib/jsonld/static-tools';

describe('warming the JSON-LD stack ahead of the first request', () => {
  it('the warm-up documents canonicalize over the bundled contexts (nothing refused, so every context is processed)', async () => {
    expect(WARM_UP_DOCUMENTS.length).toBeGreaterThan(0);
    for (const document of WARM_UP_DOCUMENTS) expect(await canonizeRdfc(document)).toMatch(/^(<|_:)/);
    await expect(warmUp()).resolves.toBeUndefined();
  });

  it.each([
    ['imported on first use (CLI)', jsonLdTools],
    ['imported statically (extension worker)', staticJsonLdTools],
  ])('warm() on the tools %s returns at once and leaves them working', async (_name, tools) => {
    expect(tools.warm?.()).toBeUndefined();
    expect(await tools.canonize({ '@context': { name: 'https://schema.org/name' }, '@id': 'urn:x', name: 'x' })).toBe(
      '<urn:x> <https://schema.org/name> "x" .\n',
    );
    const { nquads, labels } = await tools.canonizeWithLabels({ '@context': { name: 'https://schema.org/name' }, name: 'y' });
    expect(nquads).toBe('_:c14n0 <https://schema.org/name> "y" .\n');
    expect([...labels.values()]).toEqual(['_:c14n0']);
  });
});
