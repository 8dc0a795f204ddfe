import { describe, expect, it, vi } from 'vitest';

const runtime = vi.hoisted(() => ({
  getURL: (path: string) => `chrome-extension://badge-lens${path}`,
  sendMessage: vi.fn<(message: unknown) => Promise<unknown>>(),
}));
vi.mock('wxt/browser', () => ({ browser: { runtime } }));

import { createOffscreenJsonLdTools, platformJsonLdTools, type OffscreenHost } from '../../../entrypoints/background/offscreen-canonize';
import { isJsonLdFailure } from '../../../lib/jsonld/load';
import { offscreenRequestSchema } from '../../../lib/protocol/offscreen';

const document = { '@context': { name: 'https://schema.org/name' }, name: 'x' };
const NQUADS = '_:c14n0 <https://schema.org/name> "x" .\n';

function fakeHost(answer: (message: unknown) => Promise<unknown>, present = false) {
  const sent: unknown[] = [];
  let documents = present ? 1 : 0;
  const host = {
    created: 0,
    sent,
    hasDocument: async () => documents > 0,
    async createDocument() {
      host.created++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      documents++;
    },
    sendMessage: (message: unknown) => {
      sent.push(message);
      return answer(message);
    },
    retryDelayMs: 1,
  } satisfies OffscreenHost & Record<string, unknown>;
  return host;
}

const failureOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('offscreen JSON-LD tools (background side)', () => {
  it('canonize: sends a valid request and returns the N-Quads', async () => {
    const host = fakeHost(async () => ({ ok: true, nquads: NQUADS }));
    expect(await createOffscreenJsonLdTools(host).canonize(document)).toBe(NQUADS);
    expect(host.sent).toEqual([{ type: 'canonize', target: 'offscreen', document }]);
    expect(offscreenRequestSchema.safeParse(host.sent[0]).success).toBe(true);
  });

  it('canonizeWithLabels: asks for the labels and returns them as a Map', async () => {
    const host = fakeHost(async () => ({ ok: true, nquads: NQUADS, labels: { '_:b0': '_:c14n0' } }));
    const { nquads, labels } = await createOffscreenJsonLdTools(host).canonizeWithLabels(document);
    expect(nquads).toBe(NQUADS);
    expect(labels).toEqual(new Map([['_:b0', '_:c14n0']]));
    expect(host.sent).toEqual([{ type: 'canonize-with-labels', target: 'offscreen', document }]);
  });

  it('a JSON-LD problem comes back as a JsonLdFailure the proof flow maps to its code', async () => {
    const problem = { kind: 'unknown-context', url: 'https://contexts.example.net/v1' } as const;
    const tools = createOffscreenJsonLdTools(fakeHost(async () => ({ ok: false, problem })));
    for (const failure of [await failureOf(tools.canonize(document)), await failureOf(tools.canonizeWithLabels(document))]) {
      expect(isJsonLdFailure(failure)).toBe(true);
      expect(failure).toMatchObject({ problem });
    }
  });

  it('an error reply, an unusable reply and a failed send are plain errors', async () => {
    const errorReply = createOffscreenJsonLdTools(fakeHost(async () => ({ ok: false, error: 'page crashed' })));
    expect(await failureOf(errorReply.canonize(document))).toMatchObject({ name: 'Error', message: 'page crashed' });
    expect(await failureOf(errorReply.canonizeWithLabels(document))).toMatchObject({ message: 'page crashed' });
    // a labelled request answered without labels does not pass its reply schema
    const unusable = createOffscreenJsonLdTools(fakeHost(async () => ({ ok: true, nquads: NQUADS })));
    expect(await failureOf(unusable.canonizeWithLabels(document))).toMatchObject({
      message: 'the canonicalization page gave no usable answer',
    });
    expect(await failureOf(createOffscreenJsonLdTools(fakeHost(async () => undefined)).canonize(document))).toMatchObject({
      message: 'the canonicalization page gave no usable answer',
    });
    const refused = fakeHost(() => Promise.reject(new Error('Extension context invalidated.')));
    expect(await failureOf(createOffscreenJsonLdTools(refused).canonize(document))).toMatchObject({
      message: 'Extension context invalidated.',
    });
    expect(refused.sent).toHaveLength(1);
    for (const failure of [await failureOf(errorReply.canonize(document)), await failureOf(unusable.canonizeWithLabels(document))])
      expect(isJsonLdFailure(failure)).toBe(false);
  });

  it('creates the offscreen document once, for concurrent and later requests', async () => {
    const host = fakeHost(async () => ({ ok: true, nquads: NQUADS }));
    const tools = createOffscreenJsonLdTools(host);
    await Promise.all([tools.canonize(document), tools.canonize(document), tools.canonizeWithLabels(document).catch(() => undefined)]);
    await tools.canonize(document);
    expect(host.created).toBe(1);
    expect(host.sent).toHaveLength(4);
    const existing = fakeHost(async () => ({ ok: true, nquads: NQUADS }), true);
    await createOffscreenJsonLdTools(existing).canonize(document);
    expect(existing.created).toBe(0);
  });

  it('waits while a new document is not listening yet, then gives up', async () => {
    let refusals = 2;
    const late = fakeHost(async () =>
      refusals-- > 0
        ? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))
        : { ok: true, nquads: NQUADS },
    );
    expect(await createOffscreenJsonLdTools(late).canonize(document)).toBe(NQUADS);
    expect(late.sent).toHaveLength(3);
    const never = fakeHost(() => Promise.reject(new Error('Receiving end does not exist.')));
    expect(await failureOf(createOffscreenJsonLdTools(never).canonize(document))).toMatchObject({
      message: 'Receiving end does not exist.',
    });
    expect(never.sent).toHaveLength(40);
  });

  it('an aborted run stops waiting: at once when already aborted, promptly when aborted mid-way', async () => {
    const silent = fakeHost(() => new Promise<unknown>(() => undefined));
    const tools = createOffscreenJsonLdTools(silent);
    const aborted = new AbortController();
    aborted.abort();
    const before = await failureOf(tools.canonize(document, { signal: aborted.signal }));
    expect(before).toMatchObject({ name: 'JsonLdFailure', problem: { kind: 'work-limit' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(silent.sent).toHaveLength(0);
    expect(silent.created).toBe(0);

    const controller = new AbortController();
    const pending = failureOf(tools.canonizeWithLabels(document, { signal: controller.signal }));
    await vi.waitFor(() => expect(silent.sent).toHaveLength(1));
    controller.abort();
    expect(await pending).toMatchObject({
      name: 'JsonLdFailure',
      problem: { kind: 'work-limit', detail: expect.stringContaining('cancelled') },
    });
  });

  it('aborted while the document is being created: nothing is sent afterwards', async () => {
    let finishCreating = () => {};
    const host = { ...fakeHost(async () => ({ ok: true, nquads: NQUADS })), created: 0 };
    host.createDocument = () => (host.created++, new Promise<void>((resolve) => (finishCreating = resolve)));
    const controller = new AbortController();
    const pending = failureOf(createOffscreenJsonLdTools(host).canonize(document, { signal: controller.signal }));
    await vi.waitFor(() => expect(host.created).toBe(1));
    controller.abort();
    expect(await pending).toMatchObject({ name: 'JsonLdFailure' });
    finishCreating();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(host.sent).toHaveLength(0);
  });

  it('a signal that is never aborted changes nothing', async () => {
    const host = fakeHost(async () => ({ ok: true, nquads: NQUADS }));
    expect(await createOffscreenJsonLdTools(host).canonize(document, { signal: new AbortController().signal })).toBe(NQUADS);
  });
});

describe('offscreen JSON-LD tools: warm()', () => {
  it('creates the document ahead without sending anything; a later request reuses it', async () => {
    const host = fakeHost(async () => ({ ok: true, nquads: NQUADS }));
    const tools = createOffscreenJsonLdTools(host);
    expect(tools.warm?.()).toBeUndefined();
    await vi.waitFor(() => expect(host.created).toBe(1));
    expect(host.sent).toHaveLength(0);
    tools.warm?.();
    expect(await tools.canonize(document)).toBe(NQUADS);
    expect(host.created).toBe(1);
  });

  it('a failed creation is swallowed, and the next request tries again', async () => {
    const host = fakeHost(async () => ({ ok: true, nquads: NQUADS }));
    const create = host.createDocument;
    let failures = 1;
    host.createDocument = () => (failures-- > 0 ? Promise.reject(new Error('Only a single offscreen document may be created.')) : create());
    const tools = createOffscreenJsonLdTools(host);
    tools.warm?.();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(host.created).toBe(0);
    expect(await tools.canonize(document)).toBe(NQUADS);
    expect(host.created).toBe(1);
  });
});

describe('platformJsonLdTools', () => {
  it('is undefined without Chrome’s offscreen API (Firefox, Node)', () => {
    expect(platformJsonLdTools()).toBeUndefined();
    expect(platformJsonLdTools({ runtime: { getContexts: async () => [] } })).toBeUndefined();
  });

  it('wires Chrome: looks for its page, creates it with a reason, sends through runtime messaging', async () => {
    const filters: unknown[] = [];
    const created: unknown[] = [];
    runtime.sendMessage.mockResolvedValue({ ok: true, nquads: NQUADS });
    const tools = platformJsonLdTools({
      runtime: { getContexts: async (filter) => (filters.push(filter), created.length > 0 ? [{}] : []) },
      offscreen: { createDocument: async (parameters) => void created.push(parameters) },
    });
    expect(await tools?.canonize(document)).toBe(NQUADS);
    expect(await tools?.canonize(document)).toBe(NQUADS);
    expect(filters).toEqual([
      { contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: ['chrome-extension://badge-lens/offscreen.html'] },
      { contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: ['chrome-extension://badge-lens/offscreen.html'] },
    ]);
    expect(created).toEqual([
      { url: 'chrome-extension://badge-lens/offscreen.html', reasons: ['WORKERS'], justification: expect.any(String) },
    ]);
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'canonize', target: 'offscreen', document });
  });
});
