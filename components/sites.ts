/**
 * A host name for the "scanning off on these sites" list, from whatever the user typed: a host
 * (`www.linkedin.com`), a URL (`https://www.linkedin.com/in/someone`), with or without a port.
 * Undefined when it is not a plausible host name.
 */
export function normalizeHost(input: string): string | undefined {
  const value = input.trim();
  if (!value || /\s/.test(value)) return undefined;
  let hostname: string;
  try {
    hostname = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`).hostname;
  } catch {
    return undefined;
  }
  hostname = hostname.replace(/\.$/, '').toLowerCase();
  if (!hostname || hostname.length > 253) return undefined;
  if (hostname.startsWith('[')) return hostname; // IPv6 literal
  const label = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
  return hostname.split('.').every((part) => label.test(part)) ? hostname : undefined;
}

/** Adds a host to the list once, keeping the list sorted. */
export function addSite(list: readonly string[], host: string): string[] {
  return [...new Set([...list, host])].sort((a, b) => a.localeCompare(b));
}
