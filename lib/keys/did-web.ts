/**
 * The https URL of a did:web DID document (W3C CCG did:web "Read"): `:` separates path segments,
 * `%3A` is a port; without a path the document is at `/.well-known/did.json`.
 */
export function didWebUrl(did: string): string | undefined {
  if (!did.startsWith('did:web:')) return undefined;
  try {
    const parts = did.slice('did:web:'.length).split(':');
    if (parts.some((p) => p === '')) return undefined;
    const host = decodeURIComponent(parts[0]!);
    if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(host)) return undefined;
    const path = parts.slice(1).map((p) => encodeURIComponent(decodeURIComponent(p)));
    return new URL(path.length ? `https://${host}/${path.join('/')}/did.json` : `https://${host}/.well-known/did.json`).href;
  } catch {
    return undefined;
  }
}
