import { describe, expect, it } from 'vitest';
import { BackgroundError, sendMessage } from '../../../components/messaging';
import { LIMITS, TRUNCATION_MARKER } from '../../../lib/protocol/limits';
import { DEFAULT_SETTINGS } from '../../../lib/protocol/schemas';

const failureKind = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof BackgroundError ? error.kind : 'other'),
  );

describe('sendMessage', () => {
  it('validates the answer with the reply schema of the request sent', async () => {
    expect(await sendMessage({ type: 'get-settings' }, 1000, async () => ({ ok: true, settings: DEFAULT_SETTINGS }))).toEqual({
      ok: true,
      settings: DEFAULT_SETTINGS,
    });
    expect(
      await failureKind(sendMessage({ type: 'get-tab', tabId: 1 }, 1000, async () => ({ ok: true, settings: DEFAULT_SETTINGS }))),
    ).toBe('bad-reply');
    expect(
      await failureKind(sendMessage({ type: 'verify-input', input: { kind: 'text', text: '{}' } }, 1000, async () => ({ ok: true }))),
    ).toBe('bad-reply');
    expect(await sendMessage({ type: 'clear-cache' }, 1000, async () => ({ ok: true }))).toEqual({ ok: true });
  });

  it('hands the refusal sentence to the UI', async () => {
    const error = await sendMessage({ type: 'recheck-tab', tabId: 2 }, 1000, async () => ({
      ok: false,
      error: 'nothing was found on this tab',
    })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackgroundError);
    expect((error as BackgroundError).message).toBe('nothing was found on this tab');
  });
});

describe('sendMessage and over-long answers', () => {
  it("cuts an answer's over-long fields to the reply schema instead of refusing it", async () => {
    const detail = `JWS algorithm ${'A'.repeat(25_000)} is not supported`;
    const long = {
      source: 's',
      format: 'ob3-jwt',
      status: 'unverifiable',
      assurance: 'none',
      checks: [{ id: 'proof', outcome: 'error', code: 'proof.alg-unsupported', detail }],
      credential: {},
      checkedAt: '2026-01-01T00:00:00Z',
    };
    const reply = await sendMessage({ type: 'verify-input', input: { kind: 'text', text: '{}' } }, 1000, async () => ({
      ok: true,
      results: [long],
    }));
    expect(reply.results[0]?.checks[0]?.detail).toHaveLength(LIMITS.text);
    expect(reply.results[0]?.checks[0]?.detail?.endsWith(TRUNCATION_MARKER)).toBe(true);
    const tab = await sendMessage({ type: 'get-tab', tabId: 1 }, 1000, async () => ({
      ok: true,
      tab: { tabId: 1, pageUrl: `https://a/?q=${'a'.repeat(9000)}`, navigationId: 'n', items: [] },
    }));
    expect(tab.tab?.pageUrl).toHaveLength(LIMITS.url);
  });
});
