import { existsSync, readFileSync } from 'node:fs';
import type { StorageArea, ToolbarPort } from '../../../entrypoints/background/ports';
import type { Verifier } from '../../../entrypoints/background/verifier';
import { assembleTab, headKey, headOf, itemKey, readHead } from '../../../entrypoints/background/tab-store-layout';
import type { Settings, TabItem, TabState } from '../../../lib/protocol/schemas';
import type { VerificationResult } from '../../../lib/result/types';
import type { VerifyEnv } from '../../../lib/core/session';
import { GENERATED } from '../../support/generated-site';

/** `storage.session` / `storage.local`: values are copied in and out, as the browser does. */
export function fakeStorageArea(initial: Record<string, unknown> = {}): StorageArea & { data: Map<string, unknown>; failWrites: boolean } {
  const data = new Map(Object.entries(structuredClone(initial)));
  const area = {
    data,
    failWrites: false,
    async get(keys: string | string[] | null) {
      const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items: Record<string, unknown>) {
      if (area.failWrites) throw new Error('quota exceeded');
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
  };
  return area;
}

export interface ToolbarCall {
  method: 'text' | 'colour' | 'title';
  tabId: number;
  value: string;
}

export function fakeToolbar(): ToolbarPort & {
  calls: ToolbarCall[];
  fail: boolean;
  last(method: ToolbarCall['method'], tabId: number): string | undefined;
} {
  const calls: ToolbarCall[] = [];
  const toolbar = {
    calls,
    fail: false,
    async setBadgeText({ tabId, text }: { tabId: number; text: string }) {
      if (toolbar.fail) throw new Error('No tab with id');
      calls.push({ method: 'text' as const, tabId, value: text });
    },
    async setBadgeBackgroundColor({ tabId, color }: { tabId: number; color: string }) {
      calls.push({ method: 'colour' as const, tabId, value: color });
    },
    async setTitle({ tabId, title }: { tabId: number; title: string }) {
      calls.push({ method: 'title' as const, tabId, value: title });
    },
    statusWord: (status: string) => `word:${status}`,
    last: (method: ToolbarCall['method'], tabId: number) => calls.filter((c) => c.method === method && c.tabId === tabId).at(-1)?.value,
  };
  return toolbar;
}

export function result(status: VerificationResult['status'], source = 'https://a.example.org/b.json'): VerificationResult {
  return {
    source,
    format: 'ob2-hosted',
    status,
    assurance: 'hosted',
    checks: [{ id: 'hosted', outcome: 'pass', code: 'hosted.fetched' }],
    credential: {},
    checkedAt: '2026-11-22T12:00:00.000Z',
  };
}

interface Call {
  item: Pick<TabItem, 'candidate'>;
  source: string;
  fresh: boolean;
  /** The Blockcerts anchor lookup was asked for (the card's "Check the anchor"). */
  anchors: boolean;
  /** Settles the verification with these results. */
  finish(results: VerificationResult[]): void;
  fail(error: Error): void;
}

/** A verifier whose verifications finish when the test says so. */
export function fakeVerifier(
  env: (recipient?: string) => VerifyEnv = () => {
    throw new Error('no env in this test');
  },
) {
  const calls: Call[] = [];
  const recipients: Array<string | undefined> = [];
  let settingsSeen: Settings[] = [];
  let settings: () => Settings = () => {
    throw new Error('not created yet');
  };
  const images: string[] = [];
  const verifier: Verifier & {
    calls: Call[];
    images: string[];
    recipients: typeof recipients;
    cleared: number;
    clearFails: boolean;
    settingsSeen: () => Settings[];
  } = {
    calls,
    images,
    recipients,
    cleared: 0,
    clearFails: false,
    settingsSeen: () => settingsSeen,
    settingsChanged() {
      settingsSeen = [...settingsSeen, settings()];
    },
    async clearCache() {
      if (verifier.clearFails) throw new Error('storage is gone');
      verifier.cleared++;
    },
    verifyItem(item, source, options = {}) {
      return new Promise((resolve, reject) =>
        calls.push({ item, source, fresh: options.fresh ?? false, anchors: options.anchors ?? false, finish: resolve, fail: reject }),
      );
    },
    /** https images are answered with a 1-pixel GIF, anything else is refused. */
    async image(url) {
      images.push(url);
      return url.startsWith('https:')
        ? { ok: true, dataUrl: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' }
        : { ok: false, error: 'refused' };
    },
    env(recipient) {
      recipients.push(recipient);
      return env(recipient);
    },
  };
  const make = (current: () => Settings) => {
    settings = current;
    return verifier;
  };
  return { verifier, make };
}

/** A WHATWG fetch over the generated issuer sites; everything else is a 404. */
export function generatedSiteFetch(): typeof globalThis.fetch & { urls: string[] } {
  const urls: string[] = [];
  const fetch = async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    urls.push(url.href);
    const file = `${GENERATED}/site/${url.host}${url.pathname}`;
    if (!existsSync(file)) return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    return new Response(readFileSync(file), { status: 200, headers: { 'content-type': 'application/ld+json' } });
  };
  return Object.assign(fetch as typeof globalThis.fetch, { urls });
}

/** Lets pending promise chains (storage writes, pushes) run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A tab's state as the tab store keeps it in `storage`, one key per tab and per item (`tab-store-layout.ts`). */
export function storedTab(session: { data: Map<string, unknown> }, tabId: number): TabState | undefined {
  const head = readHead(session.data.get(headKey(tabId)));
  return head ? assembleTab(head, Object.fromEntries(session.data)) : undefined;
}

/** What the tab store would have written for these states: storage contents for a worker to start on. */
export function laidOut(...states: TabState[]): Record<string, unknown> {
  return Object.fromEntries(
    states.flatMap((state) => [
      [headKey(state.tabId), headOf(state)],
      ...state.items.map((item) => [itemKey(state.tabId, state.navigationId, item.ref), item]),
    ]),
  );
}
