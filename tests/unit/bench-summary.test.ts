import { describe, expect, it } from 'vitest';
import { summarize, type Measured } from '../../bench/summary';

/** Issue 9 names the summary's keys; the bench must report exactly those, numbers or null. */
const KEYS = [
  'unbake_ratio_min',
  'di_rdfc_node_ratio',
  'di_rdfc_chromium_ratio',
  'jwt_p50_ms',
  'ob2_signed_p50_ms',
  'cold_di_didkey_ms',
  'cold_jwt_ms',
  'page_200_all_verdicts_ms',
  'page_200_first_chip_ms',
  'scroll_added_js_ms',
  'scroll_longest_slice_ms',
  'scan_longest_task_ms',
  'scan_total_ms',
  'content_eager_gz_bytes',
  'background_gz_bytes',
  'cli_first_di_ms',
  'cli_rss_1000_mb',
];

const measured: Measured = {
  unbake: [
    { sizeMiB: 1, oursMBps: 300, bakeryMBps: 100, oursMedianMs: 1, bakeryMedianMs: 3 },
    { sizeMiB: 8, oursMBps: 200, bakeryMBps: 100, oursMedianMs: 8, bakeryMedianMs: 16 },
  ],
  verify: [
    { format: 'ob2-signed RS256', medianMs: 0.5, p95Ms: 1 },
    { format: 'ob3-jwt RS256 did:web', medianMs: 0.25, p95Ms: 1 },
  ],
  dataIntegrity: [
    {
      suite: 'eddsa-rdfc-2022 (did:key)',
      oursMedianMs: 1,
      oursP95Ms: 2,
      stockJsonLdMedianMs: 2,
      peerMedianMs: 4,
      peerP95Ms: 5,
      ratio: 0.25,
      stockRatio: 0.5,
    },
  ],
  scan: { elements: 10, images: 1, candidates: 1, scanMedianMs: 12.34, scanMaxMs: 20, longestTaskMs: 56.78 },
  cold: { runs: 1, diDidKeyMedianMs: 150.4, jwtMedianMs: 120.6, diDidKeyRuns: [150.4], jwtRuns: [120.6] },
  sizes: { contentEagerGzBytes: 2800, backgroundGzBytes: 50000 },
  cli: { firstDiMedianMs: 400.2, firstDiRuns: [400.2], bareNodeMedianMs: 80, inputs: 1000, rss1000MB: 150.4, ms1000: 5000 },
  page: {
    page_200_all_verdicts_ms: 1400,
    page_200_first_chip_ms: 280,
    load_event_ms: 900,
    runs: [{ first: 280, all: 1400, loadEvent: 900, chips: 200, statuses: { verified: 200 } }],
  },
  scroll: { content_eager_gz_bytes: 4900, scroll_added_js_ms: 28.4, scroll_longest_slice_ms: 4.26, runs: [{ js: 28, slice: 4.3 }] },
};

describe('the bench summary', () => {
  it('has exactly the keys issue 9 lists, each a number or null', () => {
    const summary = summarize(measured);
    expect(Object.keys(summary)).toEqual(KEYS);
    for (const value of Object.values(summary)) expect(value === null || typeof value === 'number').toBe(true);
  });

  it('takes each figure from its measurement: the worst unbaking ratio, the rdfc ratio, medians, sizes', () => {
    expect(summarize(measured)).toMatchObject({
      unbake_ratio_min: 2,
      di_rdfc_node_ratio: 0.25,
      jwt_p50_ms: 0.25,
      ob2_signed_p50_ms: 0.5,
      cold_di_didkey_ms: 150,
      cold_jwt_ms: 121,
      scan_longest_task_ms: 56.8,
      scan_total_ms: 12.3,
      content_eager_gz_bytes: 2800,
      background_gz_bytes: 50000,
      cli_first_di_ms: 400,
      cli_rss_1000_mb: 150,
      page_200_all_verdicts_ms: 1400,
      page_200_first_chip_ms: 280,
      scroll_added_js_ms: 28,
      scroll_longest_slice_ms: 4.3,
    });
  });

  it('what the bench does not measure, or could not this run, is null', () => {
    const summary = summarize({
      ...measured,
      scan: { skipped: 'no /usr/bin/chromium' },
      cold: { skipped: 'no build' },
      sizes: undefined,
      cli: undefined,
      page: undefined,
      scroll: undefined,
    });
    for (const key of [
      'di_rdfc_chromium_ratio',
      'page_200_all_verdicts_ms',
      'page_200_first_chip_ms',
      'scroll_added_js_ms',
      'scroll_longest_slice_ms',
      'scan_longest_task_ms',
      'scan_total_ms',
      'cold_di_didkey_ms',
      'cold_jwt_ms',
      'content_eager_gz_bytes',
      'background_gz_bytes',
      'cli_first_di_ms',
      'cli_rss_1000_mb',
    ] as const) {
      expect(summary[key], key).toBeNull();
    }
  });
  it('takes the Chromium rdfc ratio from the page bench, null when it was skipped or not run', () => {
    const ran = { rounds: 300, oursMedianMs: 1, oursP95Ms: 2, peerMedianMs: 3, peerP95Ms: 4, ratio: 0.3333 };
    expect(summarize({ ...measured, dataIntegrityChromium: ran }).di_rdfc_chromium_ratio).toBe(0.33);
    expect(summarize({ ...measured, dataIntegrityChromium: { skipped: 'no /usr/bin/chromium' } }).di_rdfc_chromium_ratio).toBeNull();
    expect(summarize(measured).di_rdfc_chromium_ratio).toBeNull();
  });
});
