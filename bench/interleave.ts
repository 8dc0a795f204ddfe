import { median, percentile } from './stats';

export interface Contender {
  name: string;
  run(): Promise<unknown>;
}

export interface Timing {
  name: string;
  medianMs: number;
  p95Ms: number;
  /** Per round, in round order: round i of every contender ran back to back. */
  times: number[];
}

/**
 * Runs the contenders round-robin, the order rotated every round, so a noisy machine slows them
 * alike: ratios of these medians are fair where separate runs are not.
 */
export async function interleave(rounds: number, contenders: Contender[]): Promise<Timing[]> {
  const times = contenders.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const at = (i + round) % contenders.length;
      const start = performance.now();
      await contenders[at]!.run();
      times[at]!.push(performance.now() - start);
    }
  }
  return contenders.map(({ name }, i) => ({ name, medianMs: median(times[i]!), p95Ms: percentile(times[i]!, 95), times: times[i]! }));
}

/** The median of the per-round ratios a ÷ b: each ratio compares runs made back to back, so bursts of load cancel out. */
export function pairedRatio(a: Timing, b: Timing): number {
  return median(a.times.map((t, i) => t / b.times[i]!));
}
