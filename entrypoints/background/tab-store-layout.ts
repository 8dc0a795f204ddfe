import * as z from 'zod/mini';
import { tabItemSchema, tabStateSchema, type TabItem, type TabState } from '../../lib/protocol/schemas';

/**
 * How a tab's state lies in `storage.session`: one key for the tab (`tab:<id>`: the page, the
 * navigation and the items' refs in order) and one key per item of that navigation, so a verdict
 * writes its own item (a few kB) rather than the whole state (hundreds of kB for a 200-badge page).
 * Session storage is emptied when the browser restarts, so no older layout is ever read back.
 */
export const HEAD_PREFIX = 'tab:';
export const ITEM_PREFIX = 'tab-item:';

export const headKey = (tabId: number): string => `${HEAD_PREFIX}${tabId}`;
/** Unambiguous whatever the navigation id and ref hold; an older navigation's items never match. */
export const itemKey = (tabId: number, navigationId: string, ref: string): string =>
  `${ITEM_PREFIX}${tabId}:${JSON.stringify([navigationId, ref])}`;

const { items: _items, ...headShape } = tabStateSchema.def.shape;
const tabHeadSchema = z.object({ ...headShape, refs: z.array(tabItemSchema.def.shape.ref) });
export type TabHead = z.infer<typeof tabHeadSchema>;

export function headOf(state: TabState): TabHead {
  const { items, ...rest } = state;
  return { ...rest, refs: items.map((item) => item.ref) };
}

/** The storage keys of every item of `head`'s navigation. */
export const itemKeysOf = (head: Pick<TabHead, 'tabId' | 'navigationId' | 'refs'>): string[] =>
  head.refs.map((ref) => itemKey(head.tabId, head.navigationId, ref));

/** Parses a stored head; undefined when it does not parse. */
export function readHead(stored: unknown): TabHead | undefined {
  const parsed = tabHeadSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** The tab's state from its head and the stored items (by key); items missing or not parsing are left out. */
export function assembleTab(head: TabHead, stored: Record<string, unknown>): TabState {
  const { refs, ...rest } = head;
  const items: TabItem[] = [];
  for (const ref of refs) {
    const parsed = tabItemSchema.safeParse(stored[itemKey(head.tabId, head.navigationId, ref)]);
    if (parsed.success && parsed.data.ref === ref) items.push(parsed.data);
  }
  return { ...rest, items };
}
