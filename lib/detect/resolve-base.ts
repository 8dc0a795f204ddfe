/**
 * What an element's relative URLs resolve against. A browser's `baseURI` is absolute; linkedom's is
 * null without a `<base>` and the raw `href` with one, which resolves against the page as in a browser.
 * A base the browser would not use (`about:`, `data:`, `javascript:`) leaves the page's URL.
 */
export function resolveBase(base: string, pageUrl: string): string {
  if (!base) return pageUrl;
  try {
    const url = new URL(base, pageUrl);
    return ['about:', 'data:', 'javascript:'].includes(url.protocol) ? pageUrl : url.href;
  } catch {
    return pageUrl;
  }
}
