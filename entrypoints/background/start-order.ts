import type { TabItem } from '../../lib/protocol/schemas';

/**
 * The order a page's new items start verifying in: the kinds of candidate taken in turn (an image, a
 * link, an embedded credential, …), each kind in page order. A scan lists all links before all
 * images; started that way, a hundred links that need JSON-LD would queue for canonicalization
 * while the fetch-only image badges waited behind them. Mixed, the two kinds of work overlap.
 */
export function startOrder(items: readonly TabItem[]): TabItem[] {
  const byKind = new Map<string, TabItem[]>();
  for (const item of items) {
    const kind = item.candidate.kind;
    const list = byKind.get(kind) ?? [];
    list.push(item);
    byKind.set(kind, list);
  }
  const lists = [...byKind.values()];
  const ordered: TabItem[] = [];
  for (let i = 0; ordered.length < items.length; i++) for (const list of lists) if (i < list.length) ordered.push(list[i]!);
  return ordered;
}
