import { contentProtocol } from '../../lib/protocol/messages';
import type { TabItem } from '../../lib/protocol/schemas';

/**
 * The items the background took on but has not finished, from its (validated) answer to
 * `page-candidates`: the overlay needs them to know when the page's last badge is done.
 */
export function pendingItemsOf(reply: unknown, navigationId: string): TabItem[] {
  const parsed = contentProtocol['page-candidates'].reply.safeParse(reply);
  if (!parsed.success || parsed.data.tab.navigationId !== navigationId) return [];
  return parsed.data.tab.items.filter((item) => item.state === 'pending');
}
