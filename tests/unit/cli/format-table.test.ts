import { describe, expect, it } from 'vitest';
import { plain } from '../../../scripts/cli/colour';
import { inputCell, tableRow } from '../../../scripts/cli/format-table';
import type { VerificationResult } from '../../../lib/result/types';

const result = (extra: object = {}): VerificationResult =>
  ({
    source: 'file',
    format: 'ob3-di',
    status: 'verified',
    assurance: 'signed',
    checks: [],
    credential: { name: 'Data Science Foundations', issuer: { id: 'did:web:u.example', name: 'Example University' } },
    checkedAt: '2026-12-01T00:00:00.000Z',
    ...extra,
  }) as unknown as VerificationResult;

describe('the CLI table', () => {
  it('names the input each row came from: a file by its name, a URL without its scheme, the end kept', () => {
    expect(inputCell('some/dir/badge.png').trimEnd()).toBe('badge.png');
    expect(inputCell('-').trimEnd()).toBe('(stdin)');
    expect(inputCell('certs/ob3-recruiter-certificate-2025.json')).toBe('ob3-recruiter-cert….json');
    expect(inputCell('https://moodle.example.edu/badges/assertion.php?b=9f2c0a&obversion=2')).toBe('…hp?b=9f2c0a&obversion=2');
    expect(inputCell('https://moodle.example.edu/badges/assertion.php?b=9f2c0a&obversion=2')).toHaveLength(24);
    expect(tableRow(result(), plain, 'certs/ada.json')).toMatch(/Example University\s+—\s+ada\.json\s+/);
  });

  it('says whether the issuer is on the trust lists when --trust was given, and nothing when not', () => {
    expect(tableRow(result({ trust: { known: true, list: 'Test registry' } }), plain, 'a.json')).toContain(
      'Known issuer — on Test registry',
    );
    expect(tableRow(result({ trust: { known: false } }), plain, 'a.json')).toContain('Not on your lists');
    expect(tableRow(result(), plain, 'a.json')).not.toMatch(/your lists|Known issuer/);
  });
});
