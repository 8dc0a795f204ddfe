import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../../scripts/fixtures/make-fixtures';
import { credentialTypes, isGenericVc, typeInPlainWords } from '../../../lib/formats/vc/detect';
import { resultSchema } from '../../../lib/protocol/schemas';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { createFakeHttp } from '../../support/fake-http';
import { testEnv } from '../../support/env';
import { GENERATED, generatedSiteHttp } from '../../support/generated-site';

const manifest = JSON.parse(readFileSync(`${GENERATED}/manifest-vc.json`, 'utf8')) as ManifestEntry[];
const verifyFile = async (path: string, http = generatedSiteHttp()) => {
  const results = await verifyBytes(readFileSync(path), path, testEnv(http));
  expect(results).toHaveLength(1);
  return { result: results[0]!, http };
};

describe('generated verifiable credentials that are not Open Badges', () => {
  it.each(manifest)('$file ($condition) → $status, $code', async (entry) => {
    const { result, http } = await verifyFile(`${GENERATED}/badges/${entry.file}`);
    expect(result.format).toBe('vc');
    expect(result.status).toBe(entry.status);
    expect(result.checks.map((c) => c.code)).toContain(entry.code);
    expect(result.checks.map((c) => c.code)).toContain('format.generic-vc');
    if (entry.assurance) expect(result.assurance).toBe(entry.assurance);
    expect(resultSchema.safeParse(result).success).toBe(true);
    expect(http.unmapped).toEqual([]);
  });

  it('covers verified, revoked, invalid and unverifiable', () => {
    expect(new Set(manifest.map((e) => e.status))).toEqual(new Set(['verified', 'revoked', 'invalid', 'unverifiable']));
  });

  it('the card: type in plain words as the name, the issuer as stated, the subject’s name, and a note that it is not an Open Badge', async () => {
    const { result } = await verifyFile(`${GENERATED}/badges/vc-degree-ecdsa.json`);
    expect(result.credential).toMatchObject({
      name: 'University Degree Credential',
      issuer: { id: 'did:web:credentials.example-university.org', name: 'Example University', nameSource: 'embedded' },
      recipient: { type: 'name', hashed: false, identity: 'Ada Lovelace' },
      issued: '2025-06-30T00:00:00.000Z',
    });
    expect(result.credential).not.toHaveProperty('criteria');
    expect(result.checks[1]).toMatchObject({
      code: 'format.generic-vc',
      outcome: 'pass',
      detail: 'a verifiable credential (University Degree Credential), not an Open Badge',
    });
  });

  it('a credential with a name keeps it', async () => {
    const { result } = await verifyFile(`${GENERATED}/badges/vc-membership-es384.jwt`);
    expect(result.credential.name).toBe('Alumni Association Membership');
    expect(result.checks.find((c) => c.code === 'format.generic-vc')?.detail).toContain('(Membership Credential)');
  });

  it('a selective-disclosure credential says which claims the holder disclosed', async () => {
    const shown = async (file: string) =>
      (await verifyFile(`${GENERATED}/badges/${file}`)).result.checks.find((c) => c.code === 'proof.sd-disclosed')?.detail;
    expect(await shown('vc-sd-all-disclosed.json')).toBe(
      'disclosed: name, issuer.name, validFrom, credentialSubject.name, credentialSubject.graduationYear, credentialSubject.birthDate',
    );
    expect(await shown('vc-sd-selective.json')).toBe(
      'disclosed: name, issuer.name, validFrom, credentialSubject.name, credentialSubject.graduationYear',
    );
  });

  it('a did:ethr issuer is unverifiable with the identifier-not-supported code, never invalid', async () => {
    const { result } = await verifyFile(`${GENERATED}/badges/vc-did-ethr.json`);
    expect(result.status).toBe('unverifiable');
    expect(result.checks.find((c) => c.code === 'key.did-method-unsupported')).toMatchObject({
      outcome: 'error',
      detail: expect.stringContaining('did:ethr'),
    });
  });
});

describe('the W3C vc-di-ecdsa vectors are generic verifiable credentials', () => {
  it.each([
    'ecdsa-rdfc-2019-p256_signedECDSAP256.json',
    'ecdsa-rdfc-2019-p384_signedECDSAP384.json',
    'ecdsa-jcs-2019-p256_signedJCSECDSAP256.json',
    'ecdsa-jcs-2019-p384_signedJCSECDSAP384.json',
  ])('%s', async (file) => {
    const { result } = await verifyFile(
      `tests/fixtures/vectors/w3c-di-ecdsa/${file}`,
      createFakeHttp(() => undefined),
    );
    expect(result).toMatchObject({ format: 'vc', status: 'verified', credential: { name: 'Alumni Credential' } });
    // issuer https://vc.example/issuers/5678 signs with a did:key it does not list: signature holds, key unbound
    expect(result.checks.map((c) => c.code)).toEqual(expect.arrayContaining(['proof.ok', 'binding.unbound']));
    expect(result.assurance).toBe('none');
  });
});

describe('what counts as a generic verifiable credential', () => {
  const vc = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiableCredential', 'ExampleCredential'],
    issuer: 'did:example:1',
    credentialSubject: {},
  };
  it('a VCDM 1.1 or 2.0 VerifiableCredential that is not an Open Badge, CLR or OB 2.0 assertion', () => {
    expect(isGenericVc(vc)).toBe(true);
    expect(isGenericVc({ ...vc, '@context': ['https://www.w3.org/2018/credentials/v1'] })).toBe(true);
    expect(isGenericVc({ ...vc, type: ['VerifiableCredential', 'OpenBadgeCredential'] })).toBe(false);
    expect(isGenericVc({ ...vc, type: ['VerifiableCredential', 'ClrCredential'] })).toBe(false);
    expect(isGenericVc({ ...vc, type: ['VerifiablePresentation'] })).toBe(false);
    expect(isGenericVc({ ...vc, '@context': ['https://example.org/context'] })).toBe(false);
    expect(isGenericVc('VerifiableCredential')).toBe(false);
  });

  it('types in plain words', () => {
    expect(typeInPlainWords('UniversityDegreeCredential')).toBe('University Degree Credential');
    expect(typeInPlainWords('EUDIPidCredential')).toBe('EUDI Pid Credential');
    expect(typeInPlainWords('employment_credential')).toBe('employment credential');
    expect(credentialTypes({ type: ['VerifiableCredential', 'schema:EducationalOccupationalCredential'] })).toEqual([
      'Educational Occupational Credential',
    ]);
  });
});
