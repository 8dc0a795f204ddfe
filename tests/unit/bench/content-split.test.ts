import { describe, expect, it } from 'vitest';
import { extensionTime } from '../../../bench/content-split';

const EXTENSION = 'chrome-extension://abc/content-scan.js';

describe('content-split: extension time in a profile', () => {
  it('counts samples in extension frames apart from their time, which a descheduled renderer stretches', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { url: '' }, children: [2, 3] },
        { id: 2, callFrame: { url: EXTENSION }, children: [4] },
        { id: 3, callFrame: { url: 'https://page.example/app.js' } },
        { id: 4, callFrame: { url: '' } },
      ],
      samples: [2, 4, 3, 2],
      // Each sample's interval is the next delta: 0.2 ms, 9 ms (no core), 0.2 ms, 0.2 ms.
      timeDeltas: [0, 200, 9000, 200, 200],
    };
    const time = extensionTime(profile);
    expect(time.samples).toBe(3);
    expect(time.totalMs).toBeCloseTo(9.4);
    expect(time.cappedMs).toBeCloseTo(1.4);
    expect(time.longestSliceMs).toBeCloseTo(9.2);
  });
});
