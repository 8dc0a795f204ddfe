import { createRequire } from 'node:module';
import { extractFromPng } from '../lib/extract/png';
import { bakePng, makePng } from '../scripts/fixtures/bake';
import { median, timeRuns } from './stats';

const require = createRequire(import.meta.url);
const bakery = require('openbadges-bakery') as { extract(image: Buffer, cb: (err: Error | null, data?: string) => void): void };

/** Unbaking throughput over PNGs whose image data dwarfs the badge chunk, ours against openbadges-bakery. */
export async function benchUnbake() {
  const rows = [];
  for (const megabytes of [1, 8]) {
    const png = bakePng(makePng({ idatBytes: megabytes * 1024 * 1024 }), 'https://badges.example-university.org/assertions/valid.json', {
      position: 'after-idat',
    });
    const buffer = Buffer.from(png);
    const ours = await timeRuns(15, async () => {
      const outcome = await extractFromPng(png);
      if (!outcome.ok || !outcome.payload) throw new Error('bench: ours found no badge');
    });
    const theirs = await timeRuns(
      15,
      () =>
        new Promise<void>((resolve, reject) =>
          bakery.extract(buffer, (err, data) => (err || !data ? reject(err ?? new Error('no data')) : resolve())),
        ),
    );
    const mb = png.length / (1024 * 1024);
    rows.push({
      sizeMiB: Number(mb.toFixed(2)),
      oursMBps: mb / (median(ours) / 1000),
      bakeryMBps: mb / (median(theirs) / 1000),
      oursMedianMs: median(ours),
      bakeryMedianMs: median(theirs),
    });
  }
  return rows;
}
