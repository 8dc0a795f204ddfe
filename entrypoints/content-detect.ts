import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FINDER } from './content/finder';
import { FINDER_GLOBAL } from './content/view-global';

/**
 * The rest of detection, imported by the eager script (`content/load-finder.ts`) once a scan says the
 * page may hold a candidate: what makes candidates, with the platforms' rules. It runs in the content
 * script's world and leaves the finder on that world's global.
 */
export default defineUnlistedScript(() => {
  Object.assign(globalThis, { [FINDER_GLOBAL]: FINDER });
});
