/**
 * What Badge Lens must report on each demo page, derived from the fixture manifest
 * (tests/fixtures/generated/manifest.json) and the platform world (world.ts). Used by `npm start`
 * and by the browser tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCREDIBLE, BADGR_BADGES, CREDLY, type PlatformBadge } from './world';
import { GENERATED_DIR } from './server';

export type Status = 'verified' | 'invalid' | 'revoked' | 'suspended' | 'expired' | 'unverifiable';

export interface ExpectedBadge {
  name: string;
  status: Status;
  format: string;
  /** How it appears on the page. */
  how: string;
}

interface ManifestEntry {
  file: string;
  format: string;
  status: Status;
  code: string;
  recipient?: string;
}

let manifest: ManifestEntry[] | undefined;

/** The verdict the fixture manifest gives a badge file (without a typed recipient). */
export function fixture(file: string): { status: Status; format: string } {
  manifest ??= JSON.parse(readFileSync(join(GENERATED_DIR, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const entry = manifest.find((e) => e.file === file);
  if (!entry) throw new Error(`${file} is not in the fixture manifest`);
  if (entry.recipient) throw new Error(`${file}'s verdict depends on a typed recipient`);
  return { status: entry.status, format: entry.format };
}

const platform = (b: PlatformBadge, how: string): ExpectedBadge => ({ name: b.name, status: b.status, format: b.format, how });
const file = (name: string, f: string, how: string): ExpectedBadge => ({ name, ...fixture(f), how });

export interface DemoPage {
  id: string;
  url: string;
  title: string;
  expected: ExpectedBadge[];
  /** CSS selector and count the page shows once every badge is on it (late rendering). */
  readyWhen?: { selector: string; count: number };
  /** Reached in the same tab from another demo page by clicking a link (SPA navigation). */
  via?: { from: string; click: string };
}

export function demoPages(): DemoPage[] {
  const DS = 'Data Science Foundations';
  return [
    {
      id: 'cv',
      url: 'https://cv.example.net/',
      title: 'Ada Lovelace — CV',
      expected: [
        platform(CREDLY.adaCloudArchitect, 'Credly embed'),
        platform(BADGR_BADGES.adaOpenSource, 'Badgr embed'),
        platform(ACCREDIBLE.adaProjectManagement, 'Accredible link'),
        file('Cloud Practitioner', 'hosted-allowed-origin.png', 'CSS background image'),
        file('Legacy Web Literacy', 'signed-v1.png', '<picture>'),
        file(DS, 'signed-valid.svg', '<object> SVG'),
        file(DS, 'hosted-valid.png', '<img> PNG'),
        file(DS, 'signed-valid.png', '<img> PNG'),
        file(DS, 'hosted-valid.svg', 'inline <svg>'),
        // The JSON-LD script holds the same hosted assertion the CDN serves for hosted-allowed-origin.png.
        file('Cloud Practitioner', 'hosted-allowed-origin.png', 'JSON-LD script'),
        file(DS, 'signed-valid.jws', 'application/jwt script'),
        file(DS, 'signed-valid.jws', 'link to a .jws file'),
        file(DS, 'hosted-expired.png', '<img> PNG'),
        file(DS, 'signed-revoked.png', '<img> PNG'),
        file(DS, 'signed-tampered.png', '<img> PNG'),
        file(DS, 'ob3-rdfc.png', '<img> PNG, Open Badges 3.0 Data Integrity'),
        file(DS, 'ob3-jwt-verify.svg', '<img> SVG, Open Badges 3.0 VC-JWT'),
        file(DS, 'ob3-status-suspended.json', 'application/vc+ld+json script, suspended'),
        file('Comprehensive Learner Record — Ada Lovelace, 2025', 'clr-valid.png', '<img> PNG, CLR 2.0'),
        file(DS, 'hosted-timeout.png', '<img> PNG'),
        file(
          'Professional Certificate in Data Science',
          'hosted-lookalike-issuer.png',
          '<img> PNG, look-alike issuer calling itself Harvard University',
        ),
      ],
    },
    {
      id: 'linkedin-ada',
      url: 'https://www.linkedin.com/in/ada-lovelace/',
      title: 'Ada Lovelace — LinkedIn-like profile',
      readyWhen: { selector: '#licenses_and_certifications li', count: 6 },
      expected: [
        platform(CREDLY.adaCloudArchitect, 'Show credential → Credly'),
        platform(CREDLY.adaKubernetes, 'Show credential → Credly'),
        file(DS, 'hosted-valid.png', 'Show credential → hosted assertion'),
        platform(BADGR_BADGES.adaOpenSource, 'Show credential → Badgr'),
        platform(ACCREDIBLE.adaProjectManagement, 'Show credential → Accredible'),
      ],
    },
    {
      id: 'linkedin-grace',
      url: 'https://www.linkedin.com/in/grace-hopper/',
      title: 'Grace Hopper — same tab, after in-page navigation',
      via: { from: 'linkedin-ada', click: "View Grace Hopper's profile" },
      readyWhen: { selector: '#licenses_and_certifications li', count: 4 },
      expected: [
        platform(CREDLY.graceAgile, 'Show credential → Credly'),
        platform(CREDLY.graceSecurity, 'Show credential → Credly'),
        platform(BADGR_BADGES.graceCompilers, 'Show credential → Badgr'),
      ],
    },
    {
      id: 'blog',
      url: 'https://www.example-blog.net/',
      title: 'A blog post without badges',
      expected: [],
    },
  ];
}

/** `status/format` pairs, sorted, to compare what was found with what was expected regardless of order. */
export function verdictKey(rows: readonly { status: string; format: string }[]): string[] {
  return rows.map((r) => `${r.status}/${r.format}`).sort();
}
