import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const { browserAttention, ATTENTION_TEXT } = await import('../../../entrypoints/background/attention');

describe('the backpack signal in the browser', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = ((key: string, sub?: string) => `${key}${sub ? `:${sub}` : ''}`) as typeof fakeBrowser.i18n.getMessage;
  });

  it('puts "!" on the toolbar by default while badges need attention, and takes it away when none do', async () => {
    const attention = browserAttention();
    await attention.show(['revoked', 'expires-soon']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe(ATTENTION_TEXT);
    expect(await fakeBrowser.action.getTitle({})).toBe('backpack_attention_title:2');
    await attention.show([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('notifies only when the learner granted notifications', async () => {
    const created: Array<[string, { title?: string; message?: string }]> = [];
    fakeBrowser.notifications.create = (async (id: string, options: { title?: string; message?: string }) => {
      created.push([id, options]);
      return id;
    }) as unknown as typeof fakeBrowser.notifications.create;
    let granted = false;
    fakeBrowser.permissions.contains = (async () => granted) as typeof fakeBrowser.permissions.contains;
    const attention = browserAttention();
    await attention.notify?.('abc', 'Data Science Foundations', 'revoked');
    expect(created).toEqual([]);
    granted = true;
    await attention.notify?.('abc', 'Data Science Foundations', 'revoked');
    expect(created.map(([id, options]) => [id, options.title, options.message])).toEqual([
      ['backpack:abc', 'Data Science Foundations', 'backpack_alert_revoked'],
    ]);
  });
});
