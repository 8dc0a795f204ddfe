/**
 * The overlay's live region: a hidden host of its own at the end of the document whose polite status
 * element says once, when the page's last pending badge is done, what the page's badges came to.
 */
import type { TabItem } from '../../lib/protocol/schemas';
import { currentLang } from '../i18n';
import { createSettleAnnouncer } from '../verdict-announcement';
import { LIVE_TAG } from './placement';
import { createShadowHost } from './shadow-host';

/** Out of sight and out of the layout, but not hidden from screen readers (no `display: none`). */
const LIVE_HOST_STYLE = [
  'all: initial',
  'position: absolute',
  'width: 1px',
  'height: 1px',
  'margin: -1px',
  'padding: 0',
  'border: 0',
  'overflow: hidden',
  'clip-path: inset(50%)',
  'white-space: nowrap',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

export interface Announcer {
  update(items: readonly TabItem[]): void;
  destroy(): void;
}

export function createAnnouncer(doc: Document, mode: ShadowRootMode): Announcer {
  const { host, mount } = createShadowHost(doc, {
    tag: LIVE_TAG,
    style: LIVE_HOST_STYLE,
    ref: 'announcer',
    mode,
    css: '',
    mountTag: 'div',
    lang: currentLang(),
  });
  mount.setAttribute('role', 'status');
  mount.setAttribute('aria-live', 'polite');
  mount.setAttribute('data-testid', 'overlay-announcement');
  const settled = createSettleAnnouncer();
  return {
    update(items) {
      // In the document before anything is said: a live region added with its text is often not read.
      if (items.length > 0 && !host.isConnected) doc.documentElement.appendChild(host);
      const text = settled(items);
      if (text !== undefined) mount.textContent = text;
    },
    destroy() {
      host.remove();
    },
  };
}
