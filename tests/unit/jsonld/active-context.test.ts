import { describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import { readFileSync } from 'node:fs';
import ResolvedContext from 'jsonld/lib/ResolvedContext.js';
import {
  type ActiveContext,
  cloneShallow,
  keyProcessedCache,
  PROCESSING_MODE,
  processedCacheKey,
  revertShared,
} from '../../../lib/jsonld/active-context';
import { canonizeRdfc, ourJsonLdOptions } from '../../../lib/jsonld/canonize';

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

  it('a clone made to take a type-scoped context is filed under one key per parent; every other context is its own key', () => {
    const parent = { mappings: new Map(), protected: {}, clone: cloneShallow } as unknown as ActiveContext;
    const other = { mappings: new Map(), protected: {}, clone: cloneShallow } as unknown as ActiveContext;
    const scoped = (of: ActiveContext) => {
      const child = of.clone();
      child.previousContext = of; // what jsonld does before applying a type-scoped context
      return child;
    };
    const [a, b] = [scoped(parent), scoped(parent)];
    expect(a).not.toBe(b);
    expect(a.previousContext).toBe(parent);
    expect(processedCacheKey(a)).toBe(processedCacheKey(b));
    expect(processedCacheKey(scoped(other))).not.toBe(processedCacheKey(a));
    // cloned to be changed (its previous context comes from its parent): itself
    const changed = a.clone();
    expect(changed.previousContext).toBe(parent);
    expect(processedCacheKey(changed)).toBe(changed);
    expect(processedCacheKey(parent.clone())).not.toBe(processedCacheKey(a));
    const stock = { mappings: new Map(), protected: {}, previousContext: parent } as unknown as ActiveContext;
    expect(processedCacheKey(stock)).toBe(stock);
  });

  it('wraps jsonld’s processed-context cache once, filing under that key', () => {
    const seen: object[] = [];
    class Cache {
      getProcessed(key: object) {
        seen.push(key);
        return undefined;
      }
      setProcessed(key: object) {
        seen.push(key);
      }
    }
    keyProcessedCache(Cache.prototype);
    const wrapped = Cache.prototype.getProcessed;
    keyProcessedCache(Cache.prototype);
    expect(Cache.prototype.getProcessed).toBe(wrapped);
    const parent = { mappings: new Map(), protected: {}, clone: cloneShallow } as unknown as ActiveContext;
    const child = parent.clone();
    child.previousContext = parent;
    new Cache().getProcessed(child);
    new Cache().setProcessed(child);
    expect(seen).toEqual([processedCacheKey(child), processedCacheKey(child)]);
    expect(seen[0]).not.toBe(child);
  });

  it('a credential canonicalized again processes no context again, type-scoped ones included', async () => {
    const credential = JSON.parse(readFileSync('tests/fixtures/generated/badges/ob3-rdfc-did-key.json', 'utf8'));
    const { proof: _proof, ...document } = credential;
    const first = await canonizeRdfc(document);
    const proto = ResolvedContext.prototype as unknown as { setProcessed(...args: unknown[]): void };
    const setProcessed = proto.setProcessed;
    let processed = 0;
    proto.setProcessed = function (this: unknown, ...args: unknown[]) {
      processed++;
      setProcessed.apply(this, args);
    };
    try {
      expect(await canonizeRdfc(document)).toBe(first);
      expect(await canonizeRdfc(structuredClone(document))).toBe(first);
    } finally {
      proto.setProcessed = setProcessed;
    }
    expect(processed).toBe(0);
  });
});
