import { describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import { type ActiveContext, cloneShallow, PROCESSING_MODE, revertShared } from '../../../lib/jsonld/active-context';
import { ourJsonLdOptions } from '../../../lib/jsonld/canonize';

const initial = async (processingMode?: string) =>
  (await jsonld.processContext(null, null, processingMode ? { processingMode } : {})) as ActiveContext;

describe('cheaper active contexts (jsonld.js issue 414)', () => {
  it('our calls get an initial context with the shallow clone; jsonld’s default initial context keeps its own', async () => {
    expect(await ourJsonLdOptions()).toEqual({ processingMode: PROCESSING_MODE });
    const ours = await initial(PROCESSING_MODE);
    expect(ours.clone).toBe(cloneShallow);
    expect(ours.revertToPreviousContext).toBe(revertShared);
    const stock = await initial();
    expect(stock).not.toBe(ours);
    expect(stock.clone).not.toBe(cloneShallow);
    expect(stock.revertToPreviousContext).not.toBe(revertShared);
  });

  it('puts them back should jsonld hand out a fresh initial context', async () => {
    const ours = await initial(PROCESSING_MODE);
    const original = ours.clone;
    ours.clone = function stock(this: ActiveContext) {
      return cloneShallow.call(this);
    };
    await ourJsonLdOptions();
    expect(ours.clone).toBe(original);
  });

  it('a clone shares the term definitions and the previous context, and copies what jsonld’s clone copies', () => {
    const previous = { mappings: new Map(), protected: {} } as unknown as ActiveContext;
    const term = { '@id': 'https://schema.org/name', reverse: false };
    const parent = {
      mappings: new Map([['name', term]]),
      clone: cloneShallow,
      inverse: { cached: true },
      getInverse: () => undefined,
      protected: { name: true },
      previousContext: previous,
      revertToPreviousContext: revertShared,
      '@vocab': 'https://schema.org/',
      '@language': 'en',
      '@direction': 'ltr',
    } as unknown as ActiveContext;
    const child = parent.clone();
    expect(child.mappings).not.toBe(parent.mappings);
    expect(child.mappings.get('name')).toBe(term);
    expect(child.protected).toEqual({ name: true });
    expect(child.protected).not.toBe(parent.protected);
    expect(child.previousContext).toBe(previous);
    expect(child.inverse).toBeNull();
    expect(child).toMatchObject({ '@vocab': 'https://schema.org/', '@language': 'en' });
    // jsonld's own clone does not carry @direction either
    expect('@direction' in child).toBe(false);
    child.mappings.delete('name');
    expect(parent.mappings.get('name')).toBe(term);
    expect(child.revertToPreviousContext()).toBe(previous);
    expect(previous.revertToPreviousContext).toBeUndefined();
    expect(revertShared.call(previous)).toBe(previous);
  });
});
