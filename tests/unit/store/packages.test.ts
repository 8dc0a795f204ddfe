/**
 * The store packages, built as `npm run zip` builds them (Chrome: `wxt build`; Firefox: `wxt zip -b
 * firefox --mv3`, which also writes the sources zip) into a temporary folder: the manifests ask for
 * exactly what docs/PERMISSIONS.md explains, the Firefox one is what Firefox needs (an event page, no
 * offscreen documents, a stable id, a minimum version, no data collection), and the sources zip holds
 * what a reviewer needs to rebuild and nothing local (logs, screenshots, test output, dependencies).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, zip } from 'wxt';
import { documentedPermissions, type ManifestBrowser, type PermissionKind } from './permissions-doc';
import { zipEntries } from './zip-entries';

interface BuiltManifest {
  name?: string;
  description?: string;
  icons?: Record<string, string>;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[] }>;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
}

const silent = { debug() {}, log() {}, info() {}, warn() {}, error() {}, fatal() {}, success() {}, box() {}, level: 0 };
const outDir = mkdtempSync(join(tmpdir(), 'badge-lens-packages-'));
const manifests = new Map<ManifestBrowser, BuiltManifest>();
let sources: string[] = [];

/** Local files that must stay out of the sources zip, made for the test where missing (and removed after it). */
const LOCAL_ONLY = [
  'test-results/probe.txt',
  'playwright-report/probe.html',
  'screenshots/probe.png',
  'scratch/probe.txt',
  'probe.log',
  'bench/results.json',
  '.output/probe.txt',
];
const made: string[] = [];

function makeLocalFiles() {
  for (const file of LOCAL_ONLY) {
    if (existsSync(file)) continue;
    const folder = dirname(file);
    if (folder !== '.' && !existsSync(folder)) {
      mkdirSync(folder, { recursive: true });
      made.push(folder);
    }
    writeFileSync(file, 'local only\n');
    made.push(file);
  }
}

beforeAll(async () => {
  makeLocalFiles();
  const logger = silent as never;
  await build({ browser: 'chrome', manifestVersion: 3, outDir, logger });
  const zips = await zip({ browser: 'firefox', manifestVersion: 3, outDir, logger });
  const sourcesZip = zips.find((path) => path.endsWith('-sources.zip'));
  if (!sourcesZip) throw new Error(`no sources zip among ${zips.join(', ')}`);
  sources = zipEntries(readFileSync(sourcesZip));
  for (const browser of ['chrome', 'firefox'] as const) {
    manifests.set(browser, JSON.parse(readFileSync(join(outDir, `${browser}-mv3`, 'manifest.json'), 'utf8')) as BuiltManifest);
  }
}, 90_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  for (const path of made.reverse()) rmSync(path, { recursive: true, force: true });
});

function asked(manifest: BuiltManifest, kind: PermissionKind): string[] {
  const lists: Record<PermissionKind, string[] | undefined> = {
    permission: manifest.permissions,
    optional_permission: manifest.optional_permissions,
    host: manifest.host_permissions,
    optional_host: manifest.optional_host_permissions,
    content_match: manifest.content_scripts?.flatMap((script) => script.matches),
  };
  return [...new Set(lists[kind] ?? [])].sort();
}

const doc = readFileSync('docs/PERMISSIONS.md', 'utf8');
const kinds: PermissionKind[] = ['permission', 'optional_permission', 'host', 'optional_host', 'content_match'];

describe('docs/PERMISSIONS.md against the built manifests', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    for (const kind of kinds) {
      it(`${browser}: ${kind} entries are the documented ones`, () => {
        expect(asked(manifests.get(browser)!, kind)).toEqual(documentedPermissions(doc, kind, browser));
      });
    }
  }

  it('documents something in every section, each with a sentence', () => {
    for (const kind of kinds) expect(documentedPermissions(doc, kind, 'chrome').length, kind).toBeGreaterThan(0);
  });
});

describe('the Firefox manifest', () => {
  it('has a background event page (scripts), not a service worker, and no offscreen permission', () => {
    const firefox = manifests.get('firefox')!;
    expect(firefox.background?.scripts).toEqual(['background.js']);
    expect(firefox.background?.service_worker).toBeUndefined();
    expect(firefox.permissions).not.toContain('offscreen');
  });

  it('has a stable gecko id, a minimum version and no data collection', () => {
    const settings = manifests.get('firefox')!.browser_specific_settings;
    expect(settings?.gecko?.id).toBe('badge-lens@badgelens.dev');
    expect(Number.parseFloat(settings?.gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
    expect(Number.parseFloat(settings?.gecko_android?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(142);
    expect(settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('Chrome gets a service worker instead, and no offscreen permission either (it canonicalizes JSON-LD itself)', () => {
    const chrome = manifests.get('chrome')!;
    expect(chrome.background?.service_worker).toBe('background.js');
    expect(chrome.permissions).not.toContain('offscreen');
  });
});

describe('the sources zip', () => {
  it('holds what a reviewer needs to rebuild the extension', () => {
    for (const file of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'entrypoints/background/index.ts',
      'lib/verify/pipeline.ts',
      'public/_locales/en/messages.json',
      'public/icon/128.png',
      'docs/PERMISSIONS.md',
    ]) {
      expect(sources, file).toContain(file);
    }
  });

  it('leaves out dependencies, build output, logs, screenshots, test and bench results', () => {
    const local = sources.filter(
      (name) =>
        /^(node_modules|\.output|\.wxt|test-results|playwright-report|screenshots|scratch)\//.test(name) ||
        name.includes('/node_modules/') ||
        name.endsWith('.log') ||
        name === 'bench/results.json',
    );
    expect(local).toEqual([]);
  });
});

/** Chrome Web Store: 16, 32, 48 and 128 px; addons.mozilla.org: 48 and 96 px. */
const STORE_ICON_SIZES = [16, 32, 48, 96, 128];

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('icons, name and descriptions', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`${browser}: an icon at every size the stores ask for, each a PNG of that size`, () => {
      const icons = manifests.get(browser)!.icons ?? {};
      expect(
        Object.keys(icons)
          .map(Number)
          .sort((a, b) => a - b),
      ).toEqual(STORE_ICON_SIZES);
      for (const [size, path] of Object.entries(icons)) {
        expect(pngSize(join(outDir, `${browser}-mv3`, path)), path).toEqual({ width: Number(size), height: Number(size) });
      }
    });
  }

  it('the manifest takes its name and description from _locales', () => {
    const chrome = manifests.get('chrome')!;
    expect([chrome.name, chrome.description]).toEqual(['__MSG_extName__', '__MSG_extDescription__']);
  });

  for (const lang of ['en', 'de']) {
    it(`${lang}: a name and a short description within the stores' limits`, () => {
      const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      const name = messages.extName?.message ?? '';
      const description = messages.extDescription?.message ?? '';
      // Chrome: name at most 75 characters, description at most 132; addons.mozilla.org: name at most 50.
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(50);
      expect(description.length).toBeGreaterThan(20);
      expect(description.length).toBeLessThanOrEqual(132);
    });
  }
});
