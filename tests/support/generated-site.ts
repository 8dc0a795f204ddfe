import { existsSync, readFileSync } from 'node:fs';
import type { ManifestEntry } from '../../scripts/fixtures/make-fixtures';
import { createFakeHttp, type FakeHttp, type FakeRoute } from './fake-http';

export const GENERATED = 'tests/fixtures/generated';

/** The demo issuers' sites as the fake HTTP port: site/<host><path>, plus the special routes. */
export function generatedSiteHttp(): FakeHttp {
  const routes = JSON.parse(readFileSync(`${GENERATED}/site-routes.json`, 'utf8')) as Record<string, FakeRoute>;
  return createFakeHttp((url) => {
    if (routes[url]) return routes[url];
    const { host, pathname, protocol } = new URL(url);
    const file = `${GENERATED}/site/${host}${pathname}`;
    return protocol === 'https:' && existsSync(file)
      ? { file, contentType: pathname.endsWith('.pem') ? 'text/plain' : 'application/ld+json' }
      : undefined;
  });
}

export function generatedManifest(): ManifestEntry[] {
  return JSON.parse(readFileSync(`${GENERATED}/manifest.json`, 'utf8')) as ManifestEntry[];
}
