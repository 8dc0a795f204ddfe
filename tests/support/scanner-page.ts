import { parseHTML } from 'linkedom';
import { vi } from 'vitest';
import type { ScannerHooks } from '../../entrypoints/content/page-scanner';

/**
 * A linkedom page standing in for the browser's, the way the content script reads it: `document`
 * (whose `URL` reads `location.href`, as in a browser), `location`, `MutationObserver`,
 * `HTMLImageElement`, and no listeners or styles. `html`: a whole document, or a body's content.
 * `onQuery` hears every `document.querySelectorAll`. Undone by `vi.unstubAllGlobals()`.
 */
export function stubScannerPage(html: string, pageUrl: string, onQuery?: (selectors: string) => void) {
  const win = parseHTML(html.startsWith('<!doctype') ? html : `<!doctype html><html><body>${html}</body></html>`);
  const doc = win.document as unknown as Document;
  if (onQuery) {
    const query = doc.querySelectorAll.bind(doc);
    doc.querySelectorAll = ((selectors: string) => {
      onQuery(selectors);
      return query(selectors);
    }) as typeof doc.querySelectorAll;
  }
  vi.stubGlobal('location', { href: pageUrl, hostname: new URL(pageUrl).hostname });
  // linkedom has no document.URL; the scanner reads the address there, as it is in a browser.
  Object.defineProperty(doc, 'URL', { get: () => location.href, configurable: true });
  vi.stubGlobal('document', doc);
  vi.stubGlobal('MutationObserver', win.MutationObserver);
  vi.stubGlobal('HTMLImageElement', win.HTMLImageElement);
  vi.stubGlobal('addEventListener', () => undefined);
  vi.stubGlobal('getComputedStyle', () => ({ backgroundImage: 'none' }));
  return { win, doc };
}

/** Scanner hooks that write each reset and report into `events`: `reset`, `found r1=/badges/a.png r2=…` (a candidate by its URL's path, or its kind). */
export function recordingHooks(events: string[]): ScannerHooks {
  const urlOf = (candidate: { kind: string; url?: string }) => (candidate.url ? new URL(candidate.url).pathname : candidate.kind);
  return {
    onReset: () => void events.push('reset'),
    onFound: (_url, _id, found) => void events.push(`found ${found.map((f) => `${f.ref}=${urlOf(f.candidate)}`).join(' ')}`),
  };
}
