import { describe, expect, it } from 'vitest';
import { runNode } from '../../../bench/cli-cold';

const MB = 1024 * 1024;

describe("cli-cold: a child process's peak RSS", () => {
  it("reports the child's own peak, not the resident size of the bench process that spawned it", async () => {
    const ballast = Array.from({ length: 30 }, () => Buffer.alloc(10 * MB, 1));
    expect(process.memoryUsage().rss).toBeGreaterThan(300 * MB);
    const bare = await runNode(['-e', '0'], { peakRss: true });
    expect(bare.code).toBe(0);
    expect(bare.rssMB).toBeGreaterThan(10);
    expect(bare.rssMB).toBeLessThan(120);
    expect(ballast.length).toBe(30);
  });

  it('sees what the child itself holds', async () => {
    const big = await runNode(['-e', 'globalThis.held = Buffer.alloc(200e6, 1)'], { peakRss: true });
    expect(big.code).toBe(0);
    expect(big.rssMB).toBeGreaterThan(190);
  });

  it('is not measured on timed runs, which go without the hook', async () => {
    const timed = await runNode(['-e', '0']);
    expect(timed.code).toBe(0);
    expect(timed.rssMB).toBeNaN();
  });
});
