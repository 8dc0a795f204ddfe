import { startContentScript } from './content/main';

/**
 * The eager content script, on every http(s) page. A plain script, not WXT's `defineContentScript`,
 * whose context (location watcher, timers, logger) would be a fifth of it: wxt.config.ts lists it in
 * the manifest's `content_scripts`, and `content/main.ts` stops it when the extension goes away (`alive`).
 * The definition is the object `defineUnlistedScript` would return, without that helper in the bundle.
 */
export default { main: startContentScript };
