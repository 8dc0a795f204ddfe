import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { makeContentView } from './content/view';
import { VIEW_GLOBAL } from './content/view-global';

/**
 * The content script's second half, imported by it (`content/load-view.ts`) once the page has a
 * candidate; it runs in the content script's world and leaves its factory on that world's global.
 */
export default defineUnlistedScript(() => {
  Object.assign(globalThis, { [VIEW_GLOBAL]: makeContentView });
});
