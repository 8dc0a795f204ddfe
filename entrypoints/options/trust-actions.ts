import { PINNED_LIST, parseTrustList, trustKey, type ParsedTrustList, type TrustList } from '../../lib/trust/trust-list';

/** The lists with `id` pinned (into the pinned list, made when missing); undefined when `id` is not a DID or https origin. */
export function pinIssuer(lists: readonly TrustList[], id: string, label: string): TrustList[] | undefined {
  const key = trustKey(id);
  if (!key) return undefined;
  const entry = { id: key, ...(label.trim() ? { label: label.trim() } : {}) };
  const pinned = lists.find((l) => l.name === PINNED_LIST && l.source === undefined);
  if (!pinned) return [{ name: PINNED_LIST, entries: [entry] }, ...lists];
  return lists.map((l) => (l === pinned ? { ...l, entries: [...l.entries.filter((e) => e.id !== key), entry] } : l));
}

/** The lists with `list` added, replacing one from the same source or of the same name. */
export function withList(lists: readonly TrustList[], list: TrustList): TrustList[] {
  const same = (l: TrustList) => (list.source !== undefined ? l.source === list.source : l.name === list.name && l.source === undefined);
  return [...lists.filter((l) => !same(l)), list];
}

/** Fetches and parses a list from an https URL; the error says why when it cannot. */
export async function fetchTrustList(url: string, fetcher: typeof fetch = fetch): Promise<ParsedTrustList> {
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    return { ok: false, error: 'not an address' };
  }
  if (parsedUrl.protocol !== 'https:') return { ok: false, error: 'only https addresses are fetched' };
  try {
    const response = await fetcher(parsedUrl.href, { credentials: 'omit', redirect: 'follow' });
    if (!response.ok) return { ok: false, error: `HTTP ${response.status}` };
    const parsed = parseTrustList(await response.text(), parsedUrl.host);
    return parsed.ok ? { ok: true, list: { ...parsed.list, source: parsedUrl.href, updatedAt: new Date().toISOString() } } : parsed;
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
