import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonLdTools } from '../../../lib/core/ports';
import { jsonLdTools } from '../../../lib/jsonld/load';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { testEnv } from '../../support/env';
import { GENERATED, generatedSiteHttp } from '../../support/generated-site';

const badge = (file: string) => readFileSync(`${GENERATED}/badges/${file}`);

/** The real JSON-LD tools, counting the documents canonicalized whose type names a status list. */
function countingTools(): JsonLdTools & { listCanonicalizations: () => number } {
  let lists = 0;
  const isList = (document: unknown) => JSON.stringify((document as { type?: unknown }).type ?? '').includes('StatusList');
  return {
    canonize: (document, options) => {
      if (isList(document)) lists++;
      return jsonLdTools.canonize(document, options);
    },
    canonizeWithLabels: (document, options) => jsonLdTools.canonizeWithLabels(document, options),
    listCanonicalizations: () => lists,
  };
}

describe('status lists: their own proof verified once per list', () => {
  it('credentials pointing at one list, one after another or at once, check its proof once and keep their verdicts', async () => {
    const jsonld = countingTools();
    const env = { ...testEnv(generatedSiteHttp()), jsonld };
    const [active] = await verifyBytes(badge('ob3-status-active.json'), 'a', env);
    const afterFirst = jsonld.listCanonicalizations();
    expect(afterFirst).toBeGreaterThan(0);
    const [revoked] = await verifyBytes(badge('ob3-status-revoked.json'), 'b', env);
    const together = await Promise.all([1, 2, 3].map((n) => verifyBytes(badge('ob3-status-active.json'), `c${n}`, env)));
    expect(jsonld.listCanonicalizations()).toBe(afterFirst);
    expect(active!.status).toBe('verified');
    expect(revoked!.status).toBe('revoked');
    expect(together.map(([r]) => r!.status)).toEqual(['verified', 'verified', 'verified']);
  });

  it('a new verifier (another cache) checks the list again', async () => {
    const jsonld = countingTools();
    await verifyBytes(badge('ob3-status-active.json'), 'a', { ...testEnv(generatedSiteHttp()), jsonld });
    const first = jsonld.listCanonicalizations();
    await verifyBytes(badge('ob3-status-active.json'), 'a', { ...testEnv(generatedSiteHttp()), jsonld });
    expect(jsonld.listCanonicalizations()).toBe(2 * first);
  });

  it('a list that changed is checked again', async () => {
    const jsonld = countingTools();
    const env = { ...testEnv(generatedSiteHttp()), jsonld };
    const [before] = await verifyBytes(badge('ob3-status-active.json'), 'a', env);
    const first = jsonld.listCanonicalizations();
    // A cache that forgets everything: the list is fetched again, and now differs from what was verified.
    const forgetful = { ...env, cache: { get: async () => undefined, set: async () => undefined } };
    const tampered = generatedSiteHttp();
    const [after] = await verifyBytes(badge('ob3-status-active.json'), 'b', {
      ...forgetful,
      http: async (request) => {
        const response = await tampered(request);
        if (!response.ok || !request.url.includes('status')) return response;
        const list = JSON.parse(new TextDecoder().decode(response.body)) as Record<string, unknown>;
        return { ...response, body: new TextEncoder().encode(JSON.stringify({ ...list, name: 'changed after signing' })) };
      },
    });
    expect(before!.status).toBe('verified');
    expect(after!.status).not.toBe('verified');
    expect(jsonld.listCanonicalizations()).toBeGreaterThan(first);
  });
});
