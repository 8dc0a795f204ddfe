/**
 * Stands in for `webextension-polyfill` in the content script's build only (wxt.config.ts): Firefox's
 * `browser` and Chrome's MV3 `chrome` both answer with promises for what the content script and WXT's
 * content-script context use, and the polyfill would be a third of the eager script.
 */
const native = (globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome;
export default native;
