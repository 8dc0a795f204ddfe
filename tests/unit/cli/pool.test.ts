import { describe, expect, it } from 'vitest';
import { runPool } from '../../../scripts/cli/pool';
import { deferred, until } from './cli-io';

/** Items whose work finishes only when the test says so. */
function gatedWork(count: number) {
  const gates = Array.from({ length: count }, () => deferred<void>());
  const started: number[] = [];
  let running = 0;
  let maxRunning = 0;
  const work = async (item: number) => {
    started.push(item);
    running++;
    maxRunning = Math.max(maxRunning, running);
    await gates[item]!.promise;
    running--;
    if (item < 0) throw new Error('never');
    return item * 10;
  };
  return { gates, started, work, maxRunning: () => maxRunning };
}

describe('runPool', () => {
  it('runs at most `concurrency` at a time and emits each as it finishes', async () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const g = gatedWork(10);
    const emitted: number[] = [];
    const done = runPool(items, { concurrency: 3 }, g.work, (r) => void emitted.push(r));
    await until(() => g.started.length === 3);
    expect(g.started).toEqual([0, 1, 2]);
    g.gates[2]!.resolve();
    await until(() => emitted.length === 1);
    expect(emitted).toEqual([20]);
    expect(g.started).toEqual([0, 1, 2, 3]);
    for (const gate of g.gates) gate.resolve();
    await done;
    expect(g.maxRunning()).toBe(3);
    expect([...emitted].sort((a, b) => a - b)).toEqual(items.map((i) => i * 10));
  });

  it('in order: holds back later results, and starts at most `window` ahead of the last emitted', async () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const g = gatedWork(10);
    const emitted: number[] = [];
    const done = runPool(items, { concurrency: 3, ordered: { window: 4 } }, g.work, (r) => void emitted.push(r));
    await until(() => g.started.length === 3);
    g.gates[1]!.resolve();
    g.gates[2]!.resolve();
    await until(() => g.started.length === 4);
    // 0 is still running: nothing is emitted, and item 4 would be `window` ahead of it.
    for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
    expect(emitted).toEqual([]);
    expect(g.started).toEqual([0, 1, 2, 3]);
    g.gates[0]!.resolve();
    await until(() => emitted.length === 3);
    expect(emitted).toEqual([0, 10, 20]);
    for (const gate of g.gates) gate.resolve();
    await done;
    expect(emitted).toEqual(items.map((i) => i * 10));
  });

  it('the first error stops new work; what was in flight is still emitted; then it throws', async () => {
    const emitted: number[] = [];
    const started: number[] = [];
    const gate = deferred<void>();
    const run = runPool(
      [0, 1, 2, 3, 4, 5],
      { concurrency: 2 },
      async (item) => {
        started.push(item);
        if (item === 0) throw new Error('unreadable');
        await gate.promise;
        return item;
      },
      (r) => void emitted.push(r),
    );
    await until(() => started.length === 2);
    gate.resolve();
    await expect(run).rejects.toThrow('unreadable');
    expect(started).toEqual([0, 1]);
    expect(emitted).toEqual([1]);
  });

  it('in order, after an error: what finished beyond the gap is still emitted in order', async () => {
    const emitted: number[] = [];
    const run = runPool(
      [0, 1, 2],
      { concurrency: 3, ordered: { window: 8 } },
      async (item) => {
        if (item === 0) {
          await new Promise((r) => setImmediate(r));
          throw new Error('gone');
        }
        return item;
      },
      (r) => void emitted.push(r),
    );
    await expect(run).rejects.toThrow('gone');
    expect(emitted).toEqual([1, 2]);
  });

  it('waits for a slow consumer before emitting the next result', async () => {
    const consumer = deferred<void>();
    const emitted: number[] = [];
    const run = runPool(
      [0, 1],
      { concurrency: 2 },
      async (i) => i,
      async (r) => {
        emitted.push(r);
        if (r === 0 || emitted.length === 1) await consumer.promise;
      },
    );
    await until(() => emitted.length === 1);
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(emitted).toHaveLength(1);
    consumer.resolve();
    await run;
    expect(emitted).toHaveLength(2);
  });

  it('does nothing for no items', async () => {
    const emitted: unknown[] = [];
    await runPool(
      [],
      { concurrency: 8 },
      async () => 1,
      (r) => void emitted.push(r),
    );
    expect(emitted).toEqual([]);
  });
});
