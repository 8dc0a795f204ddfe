import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { resetMessages, setMessages } from '../../../components/i18n';
import type { Lang, Messages } from '../../../components/i18n';
import type { TabItem } from '../../../lib/protocol/schemas';
import type { VerificationResult } from '../../../lib/result/types';

export function readLocale(lang: Lang): Messages {
  return JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;
}

const GLOBALS = [
  'window',
  'document',
  'Node',
  'Element',
  'HTMLElement',
  'SVGElement',
  'Event',
  'KeyboardEvent',
  'MouseEvent',
  'ShadowRoot',
  'DocumentFragment',
  'Text',
] as const;

/** A linkedom document installed as the global DOM (Preact reads a few globals); returns an undo. */
export function installDom(html = '<!doctype html><html><head></head><body></body></html>') {
  const win = parseHTML(html) as unknown as Window & typeof globalThis;
  const saved = new Map<string, unknown>();
  for (const name of GLOBALS) {
    saved.set(name, (globalThis as Record<string, unknown>)[name]);
    const value = name === 'window' ? win : (win as unknown as Record<string, unknown>)[name];
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  return {
    window: win,
    document: win.document,
    restore() {
      for (const [name, value] of saved) Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
    },
  };
}

/**
 * A DOM for the whole test file and, for each test, a fresh mount point with English messages;
 * whatever was rendered into it is unmounted afterwards.
 */
export function mountPoint(): { readonly dom: ReturnType<typeof installDom>; readonly root: HTMLElement } {
  let dom: ReturnType<typeof installDom> | undefined;
  let root: HTMLElement | undefined;
  beforeAll(() => {
    dom = installDom();
  });
  afterAll(() => dom?.restore());
  beforeEach(() => {
    setMessages('en', readLocale('en'), readLocale('en'));
    root = dom!.document.createElement('div');
    dom!.document.body.appendChild(root);
  });
  afterEach(() => {
    render(null, root!);
    root!.remove();
    resetMessages();
  });
  return {
    get dom() {
      return dom!;
    },
    get root() {
      return root!;
    },
  };
}

/** Let Preact flush state updates (it schedules re-renders on a microtask / timer). */
export async function flush(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export function result(
  overrides: Partial<VerificationResult> = {},
  credential: Partial<VerificationResult['credential']> = {},
): VerificationResult {
  return {
    source: 'https://badges.example.org/assertions/1',
    format: 'ob2-hosted',
    status: 'verified',
    assurance: 'hosted',
    checks: [
      { id: 'hosted', outcome: 'pass', code: 'hosted.fetched', detail: 'GET https://badges.example.org/assertions/1 → 200' },
      { id: 'status', outcome: 'pass', code: 'status.ok' },
    ],
    credential: {
      name: 'Data Science Foundations',
      description: 'Awarded for a 12-week course.',
      issuer: { name: 'Example University', url: 'https://example.edu/', nameSource: 'hosted-profile' },
      recipient: { type: 'email', hashed: true },
      issued: '2024-06-01',
      ...credential,
    },
    checkedAt: new Date().toISOString(),
    ...overrides,
  };
}

export function item(ref: string, results: VerificationResult[], state: TabItem['state'] = 'done'): TabItem {
  return { ref, candidate: { kind: 'image', url: `https://cv.example.net/${ref}.png` }, state, results };
}
