import type { benchCli } from './cli-cold';
import type { benchColdChromium } from './cold-chromium';
import type { benchScan } from './scan-chromium';
import type { benchUnbake } from './unbake';
import type { benchDataIntegrityChromium } from './di-chromium';
import type { benchDataIntegrity } from './verify-di';
import type { benchVerify } from './verify-latency';
import type { BuildSizes } from './bundle-sizes';
import type { ScrollCost } from './content-split';
import type { PageScale } from './page-scale';

/** Issue 9's figures, exactly these keys; `null` where the bench cannot measure one yet (bench/README.md says which and why). */
export interface Summary {
  unbake_ratio_min: number | null;
  di_rdfc_node_ratio: number | null;
  di_rdfc_chromium_ratio: number | null;
  jwt_p50_ms: number | null;
  ob2_signed_p50_ms: number | null;
  cold_di_didkey_ms: number | null;
  cold_jwt_ms: number | null;
  page_200_all_verdicts_ms: number | null;
  page_200_first_chip_ms: number | null;
  scroll_added_js_ms: number | null;
  scroll_longest_slice_ms: number | null;
  scan_longest_task_ms: number | null;
  scan_total_ms: number | null;
  content_eager_gz_bytes: number | null;
  background_gz_bytes: number | null;
  cli_first_di_ms: number | null;
  cli_rss_1000_mb: number | null;
}

export interface Measured {
  unbake: Awaited<ReturnType<typeof benchUnbake>>;
  verify: Awaited<ReturnType<typeof benchVerify>>;
  dataIntegrity: Awaited<ReturnType<typeof benchDataIntegrity>>;
  dataIntegrityChromium?: Awaited<ReturnType<typeof benchDataIntegrityChromium>>;
  scan: Awaited<ReturnType<typeof benchScan>>;
  cold: Awaited<ReturnType<typeof benchColdChromium>>;
  sizes: BuildSizes | undefined;
  cli: Awaited<ReturnType<typeof benchCli>> | undefined;
  /** The 200-badge, 20-issuer page (`page-scale.ts`), undefined when it did not run. */
  page: PageScale | undefined;
  /** The infinite-scroll feed (`content-split.ts`), undefined when it did not run. */
  scroll: ScrollCost | undefined;
}

const round = (n: number | undefined, digits = 2): number | null =>
  n === undefined || !Number.isFinite(n) ? null : Number(n.toFixed(digits));
const medianOf = (rows: Array<{ format: string; medianMs: number }>, format: string) => rows.find((r) => r.format === format)?.medianMs;

export function summarize(m: Measured): Summary {
  const scanned = 'skipped' in m.scan ? undefined : m.scan;
  const cold = 'skipped' in m.cold ? undefined : m.cold;
  const diChromium = m.dataIntegrityChromium && !('skipped' in m.dataIntegrityChromium) ? m.dataIntegrityChromium : undefined;
  return {
    unbake_ratio_min: round(Math.min(...m.unbake.map((r) => r.oursMBps / r.bakeryMBps))),
    di_rdfc_node_ratio: round(m.dataIntegrity.find((r) => r.suite.startsWith('eddsa-rdfc-2022'))?.ratio),
    di_rdfc_chromium_ratio: round(diChromium?.ratio),
    jwt_p50_ms: round(medianOf(m.verify, 'ob3-jwt RS256 did:web')),
    ob2_signed_p50_ms: round(medianOf(m.verify, 'ob2-signed RS256')),
    cold_di_didkey_ms: round(cold?.diDidKeyMedianMs, 0),
    cold_jwt_ms: round(cold?.jwtMedianMs, 0),
    page_200_all_verdicts_ms: m.page?.page_200_all_verdicts_ms ?? null,
    page_200_first_chip_ms: m.page?.page_200_first_chip_ms ?? null,
    scroll_added_js_ms: round(m.scroll?.scroll_added_js_ms, 0),
    scroll_longest_slice_ms: round(m.scroll?.scroll_longest_slice_ms, 1),
    scan_longest_task_ms: round(scanned?.longestTaskMs, 1),
    scan_total_ms: round(scanned?.scanMedianMs, 1),
    content_eager_gz_bytes: m.sizes?.contentEagerGzBytes ?? null,
    background_gz_bytes: m.sizes?.backgroundGzBytes ?? null,
    cli_first_di_ms: round(m.cli?.firstDiMedianMs, 0),
    cli_rss_1000_mb: round(m.cli?.rss1000MB, 0),
  };
}
