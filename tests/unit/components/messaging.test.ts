import { describe, expect, it } from 'vitest';
import { BackgroundError, sendMessage as request } from '../../../components/messaging';

const kindOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof BackgroundError ? error.kind : 'other';
  }
};

describe('request', () => {
  it('returns a valid ok reply', async () => {
    const sent: unknown[] = [];
    const reply = await request({ type: 'get-tab', tabId: 3 }, 1000, async (message) => {
      sent.push(message);
      return { ok: true, tab: null };
    });
    expect(reply).toEqual({ ok: true, tab: null });
    expect(sent).toEqual([{ type: 'get-tab', tabId: 3 }]);
  });

  it('tells an absent background from a refusal, a bad answer and silence', async () => {
    expect(await kindOf(request({ type: 'get-settings' }, 1000, async () => undefined))).toBe('unreachable');
    expect(
      await kindOf(request({ type: 'get-settings' }, 1000, async () => Promise.reject(new Error('Receiving end does not exist.')))),
    ).toBe('unreachable');
    expect(
      await kindOf(
        request({ type: 'get-settings' }, 1000, () => {
          throw new Error('sync');
        }),
      ),
    ).toBe('unreachable');
    expect(await kindOf(request({ type: 'get-settings' }, 1000, async () => ({ ok: false, error: 'nope' })))).toBe('refused');
    expect(await kindOf(request({ type: 'get-settings' }, 1000, async () => ({ ok: true, tab: { tabId: 'x' } })))).toBe('bad-reply');
    expect(await kindOf(request({ type: 'get-settings' }, 30, () => new Promise(() => undefined)))).toBe('timeout');
  });
});
