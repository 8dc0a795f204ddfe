import { describe, expect, it } from 'vitest';
import { certificationFields, linkedInAddUrl } from '../../../lib/backpack/linkedin';

const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('Add to LinkedIn', () => {
  it('fills every field the form has', () => {
    const url = linkedInAddUrl({
      name: 'Open Data Basics',
      organizationName: 'Example University',
      issued: '2025-11-03T00:00:00Z',
      expires: '2028-01-31T23:00:00Z',
      certUrl: 'https://issuer.example.org/assertions/1',
      certId: 'urn:uuid:1234',
    });
    expect(url.startsWith('https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&')).toBe(true);
    expect(params(url)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: 'Open Data Basics',
      organizationName: 'Example University',
      issueYear: '2025',
      issueMonth: '11',
      expirationYear: '2028',
      expirationMonth: '1',
      certUrl: 'https://issuer.example.org/assertions/1',
      certId: 'urn:uuid:1234',
    });
  });

  it('escapes what would break the query: &, =, #, +, spaces, non-ASCII', () => {
    const url = linkedInAddUrl({ name: 'C++ & Rust = fun #1', organizationName: 'Université de Genève' });
    expect(url).toContain('name=C%2B%2B%20%26%20Rust%20%3D%20fun%20%231');
    expect(url).toContain('organizationName=Universit%C3%A9%20de%20Gen%C3%A8ve');
    expect(url).not.toContain('+');
    expect(params(url).name).toBe('C++ & Rust = fun #1');
  });

  it('leaves missing, empty and unreadable fields out', () => {
    const url = linkedInAddUrl({ name: '  ', organizationName: undefined, issued: 'not a date', expires: undefined, certUrl: '' });
    expect(url).toBe('https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME');
  });

  it('takes the fields from a credential summary, its https id as the public URL unless one is given', () => {
    const credential = {
      name: 'N',
      issuer: { name: 'I' },
      issued: '2024-02-29',
      expires: '2026-12-01',
      id: 'https://issuer.example.org/a/1',
    };
    expect(certificationFields(credential)).toEqual({
      name: 'N',
      organizationName: 'I',
      issued: '2024-02-29',
      expires: '2026-12-01',
      certUrl: 'https://issuer.example.org/a/1',
      certId: 'https://issuer.example.org/a/1',
    });
    expect(certificationFields({ id: 'urn:uuid:9' }).certUrl).toBeUndefined();
    expect(certificationFields({ id: 'urn:uuid:9' }, 'https://cv.example/badge.png').certUrl).toBe('https://cv.example/badge.png');
  });
});
