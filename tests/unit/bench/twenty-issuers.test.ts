import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { makeTwentyIssuerWorld, WORLD_BADGES, WORLD_PAGE_URL, worldFormats } from '../../../bench/twenty-issuers';
import { findCandidates } from '../../../lib/detect/find-candidates';
import { verifyCandidate } from '../../../lib/verify/verify-candidate';
import { testEnv } from '../../support/env';
import { createFakeHttp } from '../../support/fake-http';

/** The page-scale bench's world: a bench that times 200 verdicts must time 200 verified badges. */
describe('the twenty-issuer world of the page-scale bench', async () => {
  const world = await makeTwentyIssuerWorld();
  const http = createFakeHttp((url) => {
    const resource = world.get(url.split('?')[0]!);
    return resource ? { body: resource.body, contentType: resource.contentType } : undefined;
  });
  const { document } = parseHTML(String(world.get(WORLD_PAGE_URL)!.body));
  const found = findCandidates(document, WORLD_PAGE_URL);

  it('holds 200 candidates on 20 issuer hosts, in the mix of formats profiles have', () => {
    expect(found).toHaveLength(WORLD_BADGES);
    const hosts = new Set(found.map(({ candidate }) => ('url' in candidate ? new URL(candidate.url).hostname : '')));
    expect(hosts.size).toBe(20);
    expect(worldFormats()).toEqual({ 'ob2-hosted': 60, 'ob2-signed': 40, 'ob3-di': 70, 'ob3-jwt': 30 });
  });

  it('every badge verifies, each format as what it is', { timeout: 60_000 }, async () => {
    const env = testEnv(http);
    const formats: Record<string, number> = {};
    for (const { candidate } of found) {
      const results = await verifyCandidate(candidate, env, 'url' in candidate ? candidate.url : WORLD_PAGE_URL);
      expect(
        results.map((r) => r.status),
        JSON.stringify(candidate),
      ).toEqual(['verified']);
      formats[results[0]!.format] = (formats[results[0]!.format] ?? 0) + 1;
    }
    expect(formats).toEqual(worldFormats());
    expect(http.unmapped).toEqual([]);
  });
});
