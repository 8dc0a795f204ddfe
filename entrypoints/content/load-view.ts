import { hostRegistry } from '../../components/overlay/shadow-host';
import type { ContentView, makeContentView } from './view';
import { VIEW_GLOBAL } from './view-global';
/** The built file of `entrypoints/content-view.ts`, listed in the manifest's web_accessible_resources. */
export const VIEW_FILE = '/content-view.js';

let loading: Promise<ContentView> | undefined;

/** The content script's view (`view.ts`), imported once, on first need. */
export function loadView(urlOf: (path: string) => string): Promise<ContentView> {
  loading ??= import(/* @vite-ignore */ urlOf(VIEW_FILE)).then(() => {
    const make = (globalThis as { [VIEW_GLOBAL]?: typeof makeContentView })[VIEW_GLOBAL];
    if (!make) throw new Error('the content view did not load');
    return make(hostRegistry());
  });
  return loading;
}
