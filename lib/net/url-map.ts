/** `--map FROM=TO`: fetch URLs starting with FROM from TO instead; identity checks keep the original URL. */
export interface UrlMapping {
  from: string;
  to: string;
}

export function mapUrl(url: string, mappings: readonly UrlMapping[]): string | undefined {
  const hit = mappings.find((m) => url.startsWith(m.from));
  return hit ? hit.to + url.slice(hit.from.length) : undefined;
}

export function unmapUrl(url: string, mappings: readonly UrlMapping[]): string {
  const hit = mappings.find((m) => url.startsWith(m.to));
  return hit ? hit.from + url.slice(hit.to.length) : url;
}

export function parseMapping(text: string): UrlMapping | undefined {
  const at = text.indexOf('=');
  if (at <= 0 || at === text.length - 1) return undefined;
  const from = text.slice(0, at);
  const to = text.slice(at + 1);
  try {
    new URL(from);
    new URL(to);
  } catch {
    return undefined;
  }
  return { from, to };
}
