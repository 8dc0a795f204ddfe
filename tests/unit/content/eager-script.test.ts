import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { mayScan } from '../../../entrypoints/content/scan-settings';

describe('the eager content script', () => {
  it('bundles the scanner and detection only: no Preact, zod, polyfill, overlay, schemas, full cap, platform facts, person-name reading, over-limit ordering, retire and move tracking or WXT context', async () => {
    const result = await build({
      entryPoints: ['entrypoints/content-scan.ts'],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('entrypoints/content/page-scanner.ts');
    expect(inputs).toContain('lib/detect/find-candidates.ts');
    for (const heavy of [
      'node_modules/zod',
      'node_modules/preact',
      'webextension-polyfill',
      'components/overlay/index.tsx',
      'lib/protocol/schemas.ts',
      'lib/protocol/cap.ts',
      'entrypoints/content/view.ts',
      // The full cap: the eager script sends only candidates within the limits (fitsUncut).
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
    // Platform facts (names, data URLs) are shown and fetched only once a badge is found.
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('openbadgefactory');
    for (const fact of ['Open Badge Factory', 'LinkedIn Learning', 'badge_assertions', 'linkOnly']) expect(code, fact).not.toContain(fact);
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
