import { browser } from 'wxt/browser';
import { createRedirectLedger } from '../../lib/net/redirect-ledger';
import type { RevealRedirect } from '../../lib/net/redirect-hop';

let ledger: ReturnType<typeof createRedirectLedger> | undefined;

/**
 * Fetches with `redirect: 'manual'` get an opaque redirect, and the browser never requests its
 * target (tested in tests/e2e/redirects.spec.ts). This watch reads where the worker's own 3xx answers
 * (tab -1) point from webRequest, so the core can check each hop before requesting it. It listens to
 * `onBeforeRedirect`, which fires for redirects only: a listener on every response's headers woke the
 * worker for each of a busy page's hundreds of fetches.
 */
export function watchRedirects(): RevealRedirect {
  if (!ledger) {
    const current = createRedirectLedger({ now: () => Date.now() });
    // chrome-extension://<id> or moz-extension://<uuid>; URL.origin is "null" for such schemes in some runtimes.
    const self = browser.runtime.getURL('/').replace(/\/$/, '');
    browser.webRequest.onBeforeRedirect.addListener(
      (details) => {
        if (details.tabId !== -1 || details.statusCode < 300 || details.statusCode >= 400) return;
        // Only this extension's requests: a page's own service worker (also tab -1) must not answer for them.
        const initiator = details.initiator ?? (details as { originUrl?: string }).originUrl ?? '';
        if (initiator !== self && !initiator.startsWith(`${self}/`)) return;
        if (!details.redirectUrl) return;
        try {
          current.record(details.url, new URL(details.redirectUrl, details.url).href);
        } catch {
          /* not a URL: the reveal gives up and the redirect is refused */
        }
      },
      // The worker's own requests only: the page's images and documents never wake the worker.
      { urls: ['https://*/*', 'http://*/*'], tabId: -1, types: ['xmlhttprequest', 'other'] },
    );
    ledger = current;
  }
  return ledger.reveal;
}
