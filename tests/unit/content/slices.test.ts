import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../../entrypoints/content/slices';

/** 100 steps, each noted, each taking 1 ms on a fake clock. */
function work(count = 100) {
  let clock = 0;
  const ran: number[] = [];
  function* steps(): Generator<void, string, void> {
    for (let i = 0; i < count; i++) {
      ran.push(i);
      clock += 1;
      yield;
    }
    return 'done';
  }
  return { steps: steps(), ran, now: () => clock };
}

describe('runInSlices', () => {
  it('finishes the work over several slices, each step once and in order, pausing between slices', async () => {
    const { steps, ran, now } = work();
    let pauses = 0;
    const result = await runInSlices(steps, { stopped: () => false, budgetMs: 4, now, pause: async () => void pauses++ });
    expect(result).toBe('done');
    expect(ran).toEqual(Array.from({ length: 100 }, (_, i) => i));
    // The clock is read every 16 steps: slices of 16 steps, 16 ms on this clock.
    expect(pauses).toBe(6);
  });

  it('work that fits one slice runs without a pause', async () => {
    const { steps, now } = work(10);
    let pauses = 0;
    expect(await runInSlices(steps, { stopped: () => false, budgetMs: 50, now, pause: async () => void pauses++ })).toBe('done');
    expect(pauses).toBe(0);
  });

  it('stops between slices when told to: the remaining steps never run', async () => {
    const { steps, ran, now } = work();
    let pauses = 0;
    const result = await runInSlices(steps, { stopped: () => pauses >= 2, budgetMs: 1, now, pause: async () => void pauses++ });
    expect(result).toBeUndefined();
    expect(ran).toHaveLength(32);
  });

  it('gives the main thread back between slices with a new task where there is no scheduler.yield', async () => {
    const { steps, now } = work(40);
    const order: string[] = [];
    const running = runInSlices(steps, { stopped: () => false, budgetMs: 1, now }).then(() => order.push('done'));
    setTimeout(() => order.push('page task'), 0);
    await running;
    expect(order).toEqual(['page task', 'done']);
  });
});
