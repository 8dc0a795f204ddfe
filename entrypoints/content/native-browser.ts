/**
 * Stands in for `webextension-polyfill` in every build of ours (wxt.config.ts `useNativeBrowser`):
 * Firefox's `browser` and Chrome's MV3 `chrome` both answer with promises for every call we make, and
 * the worker replies through `sendResponse`, so the polyfill only cost size (a third of the eager
 * script) and start time (its wrapper copied every namespace at each worker start, 10 ms in a trace).
 */
const native = (globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome;
export default native;
