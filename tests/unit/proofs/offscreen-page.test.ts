import { describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => true | undefined;
const listeners = vi.hoisted(() => [] as Listener[]);
vi.mock('wxt/browser', () => ({
  browser: { runtime: { id: 'badge-lens', onMessage: { addListener: (listener: Listener) => listeners.push(listener) } } },
}));

import { createCanonizeListener } from '../../../entrypoints/offscreen/main';
import type { JsonLdTools } from '../../../lib/core/ports';
import { JsonLdFailure } from '../../../lib/jsonld/errors';
import { jsonLdTools } from '../../../lib/jsonld/load';
import { offscreenLabelledReplySchema, offscreenReplySchema } from '../../../lib/protocol/offscreen';

const document = {
  '@context': { name: 'https://schema.org/name', knows: { '@id': 'https://schema.org/knows', '@type': '@id' } },
  name: 'x',
  knows: { name: 'y' },
};
const fromUs = { id: 'badge-lens' };

/** Calls a listener the way runtime messaging does and resolves with what it answered. */
function deliver(listener: Listener, message: unknown, sender: { id?: string } = fromUs) {
  let answer: (reply: unknown) => void = () => {};
  const reply = new Promise<unknown>((resolve) => (answer = resolve));
  const kept = listener(message, sender, answer);
  return { kept, reply };
}

const fakeTools = (failure?: unknown): JsonLdTools => ({
  canonize: async () => (failure !== undefined ? Promise.reject(failure) : 'nquads\n'),
  canonizeWithLabels: async () =>
    failure !== undefined ? Promise.reject(failure) : { nquads: 'nquads\n', labels: new Map([['_:b0', '_:c14n0']]) },
});

describe('offscreen page', () => {
  it('registers one listener that canonicalizes with the bundled JSON-LD stack', async () => {
    expect(listeners).toHaveLength(1);
    const plain = deliver(listeners[0]!, { type: 'canonize', target: 'offscreen', document });
    expect(plain.kept).toBe(true);
    expect(await plain.reply).toEqual({ ok: true, nquads: await jsonLdTools.canonize(document) });
    const labelled = deliver(listeners[0]!, { type: 'canonize-with-labels', target: 'offscreen', document });
    const expected = await jsonLdTools.canonizeWithLabels(document);
    expect(await labelled.reply).toEqual({ ok: true, nquads: expected.nquads, labels: Object.fromEntries(expected.labels) });
  });

  it('ignores other senders and messages that are not its requests', () => {
    const listener = createCanonizeListener('badge-lens', fakeTools());
    expect(deliver(listener, { type: 'canonize', target: 'offscreen', document }, { id: 'another-extension' }).kept).toBeUndefined();
    expect(deliver(listener, { type: 'canonize', target: 'offscreen', document }, {}).kept).toBeUndefined();
    expect(deliver(listener, { type: 'get-tab', tabId: 1 }).kept).toBeUndefined();
    expect(deliver(listener, { type: 'canonize', document }).kept).toBeUndefined();
  });

  it('answers each request with a reply its schema accepts', async () => {
    const listener = createCanonizeListener('badge-lens', fakeTools());
    const plain = await deliver(listener, { type: 'canonize', target: 'offscreen', document }).reply;
    expect(plain).toEqual({ ok: true, nquads: 'nquads\n' });
    expect(offscreenReplySchema.safeParse(plain).success).toBe(true);
    const labelled = await deliver(listener, { type: 'canonize-with-labels', target: 'offscreen', document }).reply;
    expect(labelled).toEqual({ ok: true, nquads: 'nquads\n', labels: { '_:b0': '_:c14n0' } });
    expect(offscreenLabelledReplySchema.safeParse(labelled).success).toBe(true);
  });

  it('sends JSON-LD problems as problems and anything else as an error', async () => {
    const problem = { kind: 'safe-mode', detail: 'term x' } as const;
    for (const type of ['canonize', 'canonize-with-labels']) {
      const asProblem = await deliver(createCanonizeListener('badge-lens', fakeTools(new JsonLdFailure(problem))), {
        type,
        target: 'offscreen',
        document,
      }).reply;
      expect(asProblem).toEqual({ ok: false, problem });
      expect(offscreenLabelledReplySchema.safeParse(asProblem).success).toBe(true);
    }
    expect(
      await deliver(createCanonizeListener('badge-lens', fakeTools(new RangeError('out of memory'))), {
        type: 'canonize',
        target: 'offscreen',
        document,
      }).reply,
    ).toEqual({ ok: false, error: 'out of memory' });
    expect(
      await deliver(createCanonizeListener('badge-lens', fakeTools('thrown string')), { type: 'canonize', target: 'offscreen', document })
        .reply,
    ).toEqual({ ok: false, error: 'thrown string' });
  });
});

describe('offscreen schemas', () => {
  it('refuse what the other side must not accept', () => {
    expect(offscreenLabelledReplySchema.safeParse({ ok: true, nquads: '', labels: { '_:b0': 3 } }).success).toBe(false);
    expect(offscreenReplySchema.safeParse({ ok: false, problem: { kind: 'other', detail: 'x' } }).success).toBe(false);
    expect(offscreenReplySchema.safeParse({ ok: true }).success).toBe(false);
  });
});
