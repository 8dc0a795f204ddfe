import { hostRegistry } from '../../components/overlay/shadow-host';
import type { ContentView, makeContentView } from './view';
import { VIEW_GLOBAL } from './view-global';
/** The built file of `entrypoints/content-view.ts`, listed in the manifest's web_accessible_resources. */
export const VIEW_FILE = '/content-view.js';

let loading: Promise<ContentView> | undefined;

/**
 * The content script's view (`view.ts`), imported once, on first need. `i18n` is the extension's
 * `i18n` API: Chrome fetches a content script's messages with a synchronous round trip to the browser
 * on the first `getMessage`, which the view's first chip would otherwise wait for; asked here, that
 * round trip happens while the view file is still downloading and parsing off the main thread.
 */
export function loadView(urlOf: (path: string) => string, i18n?: { getMessage(key: string): string }): Promise<ContentView> {
  if (loading) return loading;
  const imported = import(/* @vite-ignore */ urlOf(VIEW_FILE));
  try {
    i18n?.getMessage('ui_language');
  } catch {
    // Only a head start: the view asks again.
  }
  // A file that left no factory rejects too (calling undefined).
  loading = imported.then(() => (globalThis as unknown as { [VIEW_GLOBAL]: typeof makeContentView })[VIEW_GLOBAL](hostRegistry()));
  return loading;
}
