import { describe, expect, it } from 'vitest';
import { createPushQueue } from '../../../entrypoints/background/push-queue';
import type { TabItem, TabState } from '../../../lib/protocol/schemas';

const item = (ref: string, state: TabItem['state'] = 'done'): TabItem => ({
  ref,
  candidate: { kind: 'link', url: `https://a.example.org/${ref}.json` },
  state,
  results: [],
});
const tab = (tabId: number, navigationId = 'n1'): TabState => ({ tabId, pageUrl: 'https://cv.example.net/', navigationId, items: [] });

/** A push whose sends finish when the test says. */
function manualPush() {
  const sent: Array<{ tabId: number; navigationId: string; refs: string[] }> = [];
  const finishers: Array<() => void> = [];
  const push = (state: TabState, items: TabItem[]) => {
    sent.push({ tabId: state.tabId, navigationId: state.navigationId, refs: items.map((i) => i.ref) });
    return new Promise<void>((resolve) => finishers.push(resolve));
  };
  return { sent, push, finishNext: () => finishers.shift()?.() };
}

describe('push queue', () => {
  it('sends the first item at once and everything that arrives meanwhile in one batch, latest version of each', async () => {
    const { sent, push, finishNext } = manualPush();
    const queue = createPushQueue(push);
    queue.add(tab(7), item('r1'));
    queue.add(tab(7), item('r2', 'pending'));
    queue.add(tab(7), item('r3'));
    queue.add(tab(7), item('r2'));
    expect(sent).toEqual([{ tabId: 7, navigationId: 'n1', refs: ['r1'] }]);
    finishNext();
    await Promise.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(sent).toEqual([
      { tabId: 7, navigationId: 'n1', refs: ['r1'] },
      { tabId: 7, navigationId: 'n1', refs: ['r2', 'r3'] },
    ]);
    finishNext();
    await queue.idle();
  });

  it('tabs do not wait for each other, and a new navigation drops the batch of the old one', async () => {
    const { sent, push, finishNext } = manualPush();
    const queue = createPushQueue(push);
    queue.add(tab(7), item('r1'));
    queue.add(tab(8), item('r1'));
    queue.add(tab(7), item('r2'));
    queue.add(tab(7, 'n2'), item('r9'));
    expect(sent.map((s) => s.tabId)).toEqual([7, 8]);
    finishNext();
    finishNext();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent.at(-1)).toEqual({ tabId: 7, navigationId: 'n2', refs: ['r9'] });
    finishNext();
    await queue.idle();
  });

  it('a failed push does not stop the next batch', async () => {
    const sent: string[][] = [];
    let fail = true;
    const queue = createPushQueue(async (_state, items) => {
      sent.push(items.map((i) => i.ref));
      if (fail) {
        fail = false;
        throw new Error('No tab with id');
      }
    });
    queue.add(tab(7), item('r1'));
    queue.add(tab(7), item('r2'));
    await queue.idle();
    expect(sent).toEqual([['r1'], ['r2']]);
  });
});

describe('push queue with a gap', () => {
  it('sends the first push at once and the next only once the gap after it has passed, carrying all that came meanwhile', async () => {
    const sent: string[][] = [];
    let now = 0;
    const queue = createPushQueue(
      async (_state, items) => {
        sent.push(items.map((i) => i.ref));
      },
      50,
      () => now,
    );
    const page = { ...tab(7), items: [item('r9', 'pending')] };
    queue.add(page, item('r1'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    queue.add(page, item('r2'));
    queue.add(page, item('r3'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toEqual([['r1']]);
    now = 50;
    await queue.idle();
    expect(sent).toEqual([['r1'], ['r2', 'r3']]);
  });
});

describe('push queue: the last verdicts', () => {
  it('a batch that leaves nothing pending goes without waiting out the gap', async () => {
    const sent: string[][] = [];
    const queue = createPushQueue(async (_state, items) => void sent.push(items.map((i) => i.ref)), 60_000);
    const state = { ...tab(7), items: [item('r1', 'pending'), item('r2', 'pending'), item('r3', 'pending')] };
    const verdict = (ref: string) => {
      const found = state.items.find((i) => i.ref === ref)!;
      found.state = 'done';
      queue.add(state, found);
    };
    verdict('r1');
    await new Promise((resolve) => setTimeout(resolve, 0));
    verdict('r2');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toEqual([['r1']]);
    verdict('r3');
    await queue.idle();
    expect(sent).toEqual([['r1'], ['r2', 'r3']]);
  });
});
