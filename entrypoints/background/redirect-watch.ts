import { browser } from 'wxt/browser';
import { createRedirectLedger } from '../../lib/net/redirect-ledger';
import type { RevealRedirect } from '../../lib/net/redirect-hop';

let ledger: ReturnType<typeof createRedirectLedger> | undefined;

/** Which webRequest event reports a `redirect: 'manual'` answer (SECURITY.md, "Limits of the redirect protection"). */
export type RedirectEvent = 'before-redirect' | 'headers-received';

/** What both events tell about a response, as far as the watch reads it. */
interface ResponseDetails {
  url: string;
  tabId: number;
  statusCode: number;
  initiator?: string | undefined;
  redirectUrl?: string;
  responseHeaders?: Array<{ name: string; value?: string | undefined }> | undefined;
}

/**
 * Fetches with `redirect: 'manual'` get an opaque redirect, and the browser never requests its
 * target (tested in tests/e2e/redirects.spec.ts). This watch reads where the worker's own 3xx answers
 * (tab -1) point from webRequest, so the core can check each hop before requesting it. Chrome fires
 * `onBeforeRedirect` for them, and only for redirects; a listener on every response's headers woke
 * the worker for each of a busy page's hundreds of fetches. Firefox fires it not for `manual`, so
 * there the watch reads the `Location` header of every answer.
 */
export function watchRedirects(event: RedirectEvent = import.meta.env.FIREFOX ? 'headers-received' : 'before-redirect'): RevealRedirect {
  if (!ledger) {
    const current = createRedirectLedger({ now: () => Date.now() });
    // chrome-extension://<id> or moz-extension://<uuid>; URL.origin is "null" for such schemes in some runtimes.
    const self = browser.runtime.getURL('/').replace(/\/$/, '');
    const listener = (details: ResponseDetails): undefined => {
      if (details.tabId !== -1 || details.statusCode < 300 || details.statusCode >= 400) return;
      // Only this extension's requests: a page's own service worker (also tab -1) must not answer for them.
      const initiator = details.initiator ?? (details as { originUrl?: string }).originUrl ?? '';
      if (initiator !== self && !initiator.startsWith(`${self}/`)) return;
      const location = details.redirectUrl ?? details.responseHeaders?.find((h) => h.name.toLowerCase() === 'location')?.value;
      if (!location) return;
      try {
        current.record(details.url, new URL(location, details.url).href);
      } catch {
        /* not a URL: the reveal gives up and the redirect is refused */
      }
    };
    // The worker's own requests only: the page's images and documents never wake the worker.
    const filter = { urls: ['https://*/*', 'http://*/*'], tabId: -1, types: ['xmlhttprequest' as const, 'other' as const] };
    if (event === 'before-redirect') browser.webRequest.onBeforeRedirect.addListener(listener, filter);
    else browser.webRequest.onHeadersReceived.addListener(listener, filter, ['responseHeaders']);
    ledger = current;
  }
  return ledger.reveal;
}
