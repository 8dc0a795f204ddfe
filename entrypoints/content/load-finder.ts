import type { Finder } from './page-scanner';
import { FINDER_GLOBAL } from './view-global';

/** The built file of `entrypoints/content-detect.ts`, listed in the manifest's web_accessible_resources. */
export const FINDER_FILE = '/content-detect.js';

let loading: Promise<Finder> | undefined;

/** The rest of detection (`finder.ts`), imported once, when a scan first says the page may hold a candidate. */
export function loadFinder(urlOf: (path: string) => string): Promise<Finder> {
  loading ??= import(/* @vite-ignore */ urlOf(FINDER_FILE)).then(() => {
    const finder = (globalThis as unknown as { [FINDER_GLOBAL]?: Finder })[FINDER_GLOBAL];
    if (!finder) throw new Error(`${FINDER_FILE} left no finder`);
    return finder;
  });
  return loading;
}
