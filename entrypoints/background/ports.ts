import type { RevealRedirect } from '../../lib/net/redirect-hop';
import type { Clock, JsonLdTools } from '../../lib/core/ports';
import type { ToContentMessage } from '../../lib/protocol/messages';
import type { AlertReason } from '../../lib/protocol/backpack-schemas';
import type { Status } from '../../lib/result/types';

/** The part of `storage.session` / `storage.local` the worker uses. */
export interface StorageArea {
  /** `null` reads everything in the area. */
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The toolbar button of one tab (`browser.action`), and the localized word for a verdict. */
export interface ToolbarPort {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  statusWord(status: Status): string;
}

/** Who sent a runtime message, as far as the worker looks at it. */
export interface MessageSender {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
}

/** What the verifier needs from the browser. */
export interface VerifierPorts {
  session: StorageArea;
  fetch: typeof globalThis.fetch;
  jsonld?: JsonLdTools | undefined;
  /** Where an opaque redirect points (the browser hides it from `fetch`); see redirect-watch.ts. */
  revealRedirect?: RevealRedirect | undefined;
  /** Defaults to the system clock; tests pass one they move. */
  clock?: Clock | undefined;
}

/** The toolbar's signal for backpack badges that need attention, across tabs, and the learner's notifications. */
export interface AttentionPort {
  /** Every badge that needs attention now (none: the signal goes away). */
  show(alerts: readonly AlertReason[]): Promise<void>;
  /** One notification for one badge, when the learner allowed them (the port checks the permission). */
  notify?(id: string, badgeName: string, reason: AlertReason): Promise<void>;
}

/** Every browser API the background worker touches, passed in so the worker runs under test with fakes. */
export interface BackgroundPorts extends VerifierPorts {
  local: StorageArea;
  toolbar: ToolbarPort;
  sendToTab(tabId: number, message: ToContentMessage): Promise<unknown>;
  /**
   * Asks the tab's content script which page view it shows (`page-view`); rejects when none answers.
   * Without it (tests), a tab's stored state is taken as the tab's current page.
   */
  askPageView?(tabId: number): Promise<unknown>;
  runtime: { id: string; getURL(path: string): string };
  attention?: AttentionPort | undefined;
  /** Where the backpack lives; undefined where the browser offers no IndexedDB (the backpack then says so). */
  indexedDB?: IDBFactory | undefined;
}
