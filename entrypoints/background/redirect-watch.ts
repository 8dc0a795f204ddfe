import { browser } from 'wxt/browser';
import { createRedirectLedger } from '../../lib/net/redirect-ledger';
import type { RedirectWatch } from '../../lib/net/redirect-hop';

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
 *
 * The listener is added only at the first opaque redirect (`start`), and that hop is requested again:
 * while any webRequest listener exists, Chrome routes every request of the extension through the
 * browser process, which cost a page of 200 badges ~200 ms and ~400 ms of CPU (bench/README.md).
 */
export function watchRedirects(event: RedirectEvent = import.meta.env.FIREFOX ? 'headers-received' : 'before-redirect'): RedirectWatch {
  const reveal = (url: string) => ledger?.reveal(url) ?? Promise.resolve(undefined);
  const start = async () => {
    if (!ledger) ledger = listen(event);
    // Chrome hands the worker a proxied loader only after the listener reaches the browser process.
    await new Promise((settled) => setTimeout(settled, SETTLE_MS));
  };
  return { reveal, isOn: () => ledger !== undefined, start };
}

/** How long a new listener takes to apply to the worker's next request (measured in the e2e redirects test). */
const SETTLE_MS = 0;

function listen(event: RedirectEvent): ReturnType<typeof createRedirectLedger> {
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
  return current;
}
