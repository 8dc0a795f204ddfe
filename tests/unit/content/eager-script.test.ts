import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { mayScan } from '../../../entrypoints/content/scan-settings';
import { PLATFORM_HINTS_FILE, platformHintsModule } from '../../../scripts/build/platform-hints-module';

/** The eager script as its build makes it: the platform hints as values (wxt.config.ts). */
const hintsAsValues: Plugin = {
  name: 'platform-hints-as-values',
  setup(b) {
    b.onLoad({ filter: /platform-hints\.ts$/ }, (args) =>
      args.path === PLATFORM_HINTS_FILE ? { contents: platformHintsModule(), loader: 'js' } : undefined,
    );
  },
};

async function bundle(entry: string, plugins: Plugin[] = []) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
    plugins,
  });
  return { inputs: Object.keys(result.metafile.inputs), code: result.outputFiles[0]!.text };
}

describe('the eager content script', () => {
  it('bundles the scanner and the probe only: no platform rules, candidate making, Preact, zod, polyfill, overlay, schemas, cap, platform facts, person-name reading, over-limit ordering, retire and move tracking or WXT context', async () => {
    const { inputs, code } = await bundle('entrypoints/content-scan.ts', [hintsAsValues]);
    expect(inputs).toContain('entrypoints/content/page-scanner.ts');
    expect(inputs).toContain('lib/detect/scan-query.ts');
    for (const heavy of [
      // The rest of detection comes once a page may hold a candidate (content-detect.js).
      'lib/detect/platforms/',
      'lib/detect/find-candidates.ts',
      'lib/detect/platform-links.ts',
      'lib/detect/link-memo.ts',
      'entrypoints/content/page-finds.ts',
      'entrypoints/content/ref-book.ts',
      'lib/protocol/cap-candidate.ts',
      'node_modules/zod',
      'node_modules/preact',
      'webextension-polyfill',
      'components/overlay/index.tsx',
      'lib/protocol/schemas.ts',
      'lib/protocol/cap.ts',
      'entrypoints/content/view.ts',
      'entrypoints/content/candidates-message.ts',
      // Whose page it is matters only once there is a badge on it.
      'lib/detect/person-name.ts',
      // Which candidates the per-page limit goes to matters only once there are more than 300.
      'lib/detect/priority.ts',
      'entrypoints/content/visibility.ts',
      // Retiring and moving refs matters only once a ref was handed out.
      'entrypoints/content/element-refs.ts',
      // WXT's content-script context: the script stops itself (content/main.ts).
      'wxt/dist/utils/content-script-context',
    ]) {
      expect(
        inputs.filter((input) => input.includes(heavy)),
        heavy,
      ).toEqual([]);
    }
    // The platforms' hints are in it; their rules (templates, names, data URLs) are not.
    expect(code).toContain('openbadgefactory');
    expect(code).toContain('data-share-badge-id');
    for (const rule of ['{lower 1}', '{host}/{2}', 'Open Badge Factory', 'LinkedIn Learning', 'badge_assertions', 'linkOnly']) {
      expect(code, rule).not.toContain(rule);
    }
  });

  it('the hints it carries are the ones the platform modules give', async () => {
    const { PLATFORM_HINTS } = await import('../../../lib/detect/platform-hints');
    const module = platformHintsModule();
    expect(JSON.parse(module.slice(module.indexOf('=') + 1, module.lastIndexOf(';')))).toEqual(PLATFORM_HINTS);
    expect(PLATFORM_HINTS.hints).toContain('credly.com');
  });

  it('the rest of detection (content-detect.js) bundles the platforms and candidate making, without the overlay', async () => {
    const { inputs } = await bundle('entrypoints/content-detect.ts');
    for (const wanted of ['lib/detect/find-candidates.ts', 'lib/detect/platforms/credly.ts', 'entrypoints/content/page-finds.ts']) {
      expect(inputs).toContain(wanted);
    }
    for (const heavy of ['node_modules/zod', 'node_modules/preact', 'components/overlay/index.tsx', 'entrypoints/content/view.ts']) {
      expect(
        inputs.filter((input) => input.includes(heavy)),
        heavy,
      ).toEqual([]);
    }
  });
});

describe('scan settings read without zod', () => {
  it('scan unless the stored settings turn it off for this host', () => {
    expect(mayScan(undefined, 'cv.example.net')).toBe(true);
    expect(mayScan('junk', 'cv.example.net')).toBe(true);
    expect(mayScan({ autoScan: true, disabledSites: ['other.example.net'] }, 'cv.example.net')).toBe(true);
    expect(mayScan({ autoScan: false, disabledSites: [] }, 'cv.example.net')).toBe(false);
    expect(mayScan({ autoScan: true, disabledSites: ['cv.example.net'] }, 'cv.example.net')).toBe(false);
  });
});

describe('the view confirms a "do not scan" with the full settings schema', () => {
  it('invalid settings count as the defaults, which scan; valid ones are obeyed', async () => {
    const { makeContentView } = await import('../../../entrypoints/content/view');
    const view = makeContentView(new WeakSet());
    expect(view.scanAllowed({ autoScan: false, disabledSites: [], allowLocalNetwork: 'yes' }, 'cv.example.net')).toBe(true);
    expect(view.scanAllowed({ autoScan: false, disabledSites: [], allowLocalNetwork: false, language: 'auto' }, 'cv.example.net')).toBe(
      false,
    );
    expect(
      view.scanAllowed({ autoScan: true, disabledSites: ['cv.example.net'], allowLocalNetwork: false, language: 'auto' }, 'cv.example.net'),
    ).toBe(false);
  });
});
