import { useEffect, useRef, useState } from 'preact/hooks';
import type { TabItem } from '../lib/protocol/schemas';
import { createSettleAnnouncer } from './verdict-announcement';

/** A polite live region, always present, that speaks once when the tab's last pending badge is done. */
export function SettledAnnouncement({ items }: { items: readonly TabItem[] }) {
  const announcer = useRef(createSettleAnnouncer());
  const [text, setText] = useState('');
  useEffect(() => {
    const next = announcer.current(items);
    if (next) setText(next);
  }, [items]);
  return (
    <p class="bl-visually-hidden" role="status" aria-live="polite" data-testid="verdict-announcement">
      {text}
    </p>
  );
}
