import { describe, expect, it } from 'vitest';
import { canonizeRdfc, WARM_UP_DOCUMENTS, warmUp } from '../../../lib/jsonld/canonize';
import { jsonLdTools } from '../../../lib/jsonld/load';

describe('warming the JSON-LD stack ahead of the first request', () => {
  it('the warm-up documents canonicalize over the bundled contexts (nothing refused, so every context is processed)', async () => {
    expect(WARM_UP_DOCUMENTS.length).toBeGreaterThan(0);
    for (const document of WARM_UP_DOCUMENTS) expect(await canonizeRdfc(document)).toMatch(/^(<|_:)/);
    await expect(warmUp()).resolves.toBeUndefined();
  });

  it('warm() on the in-process tools returns at once and leaves the tools working', async () => {
    expect(jsonLdTools.warm?.()).toBeUndefined();
    expect(await jsonLdTools.canonize({ '@context': { name: 'https://schema.org/name' }, '@id': 'urn:x', name: 'x' })).toBe(
      '<urn:x> <https://schema.org/name> "x" .\n',
    );
  });
});
