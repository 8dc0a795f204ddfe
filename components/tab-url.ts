/** Pages no extension can scan: browser-internal schemes and the extension stores. */
const STORE_HOSTS: Array<{ host: string; path?: string }> = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

export function isUnscannableUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return true;
  return STORE_HOSTS.some((store) => parsed.hostname === store.host && (!store.path || parsed.pathname.startsWith(store.path)));
}

/** `?tabId=N` from the popup's own address (tests open `popup.html?tabId=N`). */
export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw.trim())) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}
