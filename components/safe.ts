/**
 * What credential data may become in the UI (docs/SPEC.md §6): images only as `<img>` of http(s) or data URLs of
 * raster images or SVG, links only http(s). Everything else is dropped and the caller shows a placeholder.
 */

const DATA_IMAGE = /^data:image\/(png|jpeg|jpg|gif|webp|svg\+xml)(;[a-z0-9-]+=[^;,]*)*(;base64)?,/i;

/** The `src` to use for a credential image, or undefined for a neutral placeholder. */
export function safeImageSrc(src: string | undefined | null): string | undefined {
  if (typeof src !== 'string') return undefined;
  const value = src.trim();
  if (!value) return undefined;
  if (/^data:/i.test(value)) return DATA_IMAGE.test(value) ? value : undefined;
  return safeHttpUrl(value);
}

/** The `href` to use for a credential link (criteria, issuer site), or undefined to show no link. */
export function safeLinkHref(href: string | undefined | null): string | undefined {
  if (typeof href !== 'string') return undefined;
  return safeHttpUrl(href.trim());
}

function safeHttpUrl(value: string): string | undefined {
  if (!/^https?:\/\//i.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}

/** Props every credential link gets. */
export const EXTERNAL_LINK = { target: '_blank', rel: 'noopener noreferrer' } as const;
