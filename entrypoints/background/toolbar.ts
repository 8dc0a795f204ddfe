import type { TabState } from '../../lib/protocol/schemas';
import { worstStatus } from '../../lib/result/precedence';
import type { Status } from '../../lib/result/types';
import type { ToolbarPort } from './ports';

const COLOURS: Record<Status, string> = {
  invalid: '#cf222e',
  revoked: '#82071e',
  suspended: '#9a6700',
  expired: '#6e5b3a',
  unverifiable: '#57606a',
  verified: '#1a7f37',
};

/** Toolbar badge: how many credentials were found, coloured by the worst verdict among them. */
export async function paintToolbar(toolbar: ToolbarPort, state: TabState): Promise<void> {
  const results = state.items.flatMap((i) => i.results);
  const pending = state.items.some((i) => i.state === 'pending');
  const worst = worstStatus(results.map((r) => r.status));
  const text = results.length ? String(results.length) : pending ? '…' : '';
  try {
    await toolbar.setBadgeText({ tabId: state.tabId, text });
    await toolbar.setBadgeBackgroundColor({ tabId: state.tabId, color: worst ? COLOURS[worst] : '#57606a' });
    const word = worst ? toolbar.statusWord(worst) : '';
    await toolbar.setTitle({ tabId: state.tabId, title: results.length ? `Badge Lens — ${results.length} · ${word}` : 'Badge Lens' });
  } catch {
    /* the tab went away */
  }
}
