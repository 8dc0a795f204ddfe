import { describe, expect, it, vi } from 'vitest';
import { loadView } from '../../../entrypoints/content/load-view';
import { VIEW_GLOBAL } from '../../../entrypoints/content/view-global';

describe('loading the overlay half', () => {
  it('asks for the messages once, while the view file loads, and imports the file once', async () => {
    const made = { scanAllowed: () => true };
    const make = vi.fn(() => made);
    Object.assign(globalThis, { __viewFake: make });
    const source = `globalThis[${JSON.stringify(VIEW_GLOBAL)}] = globalThis.__viewFake;`;
    const urlOf = vi.fn(() => `data:text/javascript,${encodeURIComponent(source)}`);
    const order: string[] = [];
    const i18n = {
      getMessage: vi.fn((key: string) => {
        order.push(`message:${key}`);
        return 'en';
      }),
    };

    const first = loadView(urlOf, i18n);
    order.push('returned');
    expect(await first).toBe(made);
    expect(await loadView(urlOf, i18n)).toBe(made);
    expect(order).toEqual(['message:ui_language', 'returned']);
    expect(urlOf).toHaveBeenCalledTimes(1);
    expect(make).toHaveBeenCalledTimes(1);
  });
});
