import { expect, it, vi } from 'vitest';

const warmUp = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock('wxt/browser', () => ({ browser: { runtime: { id: 'badge-lens', onMessage: { addListener: () => undefined } } } }));
vi.mock('../../../lib/jsonld/canonize', async (original) => ({ ...(await original<object>()), warmUp }));

it('the offscreen page warms the JSON-LD stack as soon as it loads', async () => {
  await import('../../../entrypoints/offscreen/main');
  expect(warmUp).toHaveBeenCalledTimes(1);
});
