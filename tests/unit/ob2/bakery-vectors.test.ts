import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { testEnv } from '../../support/env';
import { createFakeHttp } from '../../support/fake-http';

const DIR = 'tests/fixtures/vectors/bakery';

/** Offline: the hosted ones cannot be fetched, which must read as "could not verify", never "invalid". */
describe('bakery SVG vectors through the whole pipeline, offline', () => {
  it.each([
    ['ob2-spec_baking-example-hosted.svg', 'unverifiable', 'https://example.org/assertions/123'],
    ['mozilla-bakery_no-json.svg', 'unverifiable', 'http://example.org'],
    ['mozilla-bakery_baked.svg', 'unverifiable', 'http://example.org'],
    ['concentricsky-bakery_baked_example.svg', 'unverifiable', 'https://example.org/assertion.json'],
    ['mozilla-bakery_bad-json.svg', 'invalid', undefined],
    ['mozilla-bakery_unbaked.svg', undefined, undefined],
    ['concentricsky-bakery_unbaked_example.svg', undefined, undefined],
  ])('%s → %s', async (file, status, fetched) => {
    const http = createFakeHttp(() => ({ fail: 'net.offline' }));
    const results = await verifyBytes(readFileSync(`${DIR}/${file}`), file, testEnv(http));
    expect(results.map((r) => r.status)).toEqual(status ? [status] : []);
    expect(http.requests[0]).toBe(fetched);
  });
});
