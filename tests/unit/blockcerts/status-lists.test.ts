import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { blockcertsHttp } from '../../support/blockcerts-http';
import { testEnv } from '../../support/env';

const DIR = 'tests/fixtures/vectors/blockcerts';
const LIST_URL = 'https://www.blockcerts.org/samples/3.0/status-list-2021.json';
const LIST = JSON.parse(readFileSync(`${DIR}/issuers/blockcerts-status-list-2021.json`, 'utf8'));
/** Another secp256k1 did:key (the issuer key of cert-verifier-js's did:key fixtures), not the list's signer. */
const OTHER_KEY = 'did:key:zQ3shvX9Dd7cAG7ZcJN4d9DksshpVYSGpqEyrLjopoGpk97CR';

async function revokedCertificateWith(list: unknown) {
  const http = blockcertsHttp({ [LIST_URL]: { body: JSON.stringify(list) } });
  const bytes = new Uint8Array(readFileSync(`${DIR}/v3/cert-rl-status-list-2021-revoked.json`));
  const [result] = await verifyBytes(bytes, 'cert.json', testEnv(http));
  const status = result!.checks.filter((c) => c.id === 'status');
  return { result: result!, status };
}

/** The list's bitstring with entry 23547 (the revoked certificate's) cleared: gzip again, base64url. */
async function clearedList(): Promise<string> {
  const compressed = Buffer.from(LIST.credentialSubject.encodedList, 'base64url');
  const bits = new Uint8Array(
    await new Response(new Blob([compressed]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer(),
  );
  expect((bits[23547 >> 3]! >> (7 - (23547 & 7))) & 1).toBe(1);
  bits[23547 >> 3]! &= ~(1 << (7 - (23547 & 7)));
  const gz = await new Response(new Blob([bits]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
  return Buffer.from(gz).toString('base64url');
}

describe('Blockcerts status lists signed EcdsaSecp256k1Signature2019', () => {
  it('the published list verifies with its did:key and revokes the certificate', async () => {
    const { result, status } = await revokedCertificateWith(LIST);
    expect(result.status).toBe('revoked');
    expect(status.map((c) => c.code)).toEqual(['status.revoked', 'status.list-purpose-missing']);
  });

  it('one bit changed (the entry cleared) breaks the list proof: unverifiable, said so, never verified or not-revoked', async () => {
    const tampered = { ...LIST, credentialSubject: { ...LIST.credentialSubject, encodedList: await clearedList() } };
    const { result, status } = await revokedCertificateWith(tampered);
    expect(result.status).toBe('unverifiable');
    expect(status).toEqual([
      expect.objectContaining({
        code: 'status.list-invalid',
        outcome: 'error',
        detail: expect.stringContaining(
          `status list ${LIST_URL}: its own proof does not verify (the EcdsaSecp256k1Signature2019 signature does not verify`,
        ),
      }),
    ]);
    expect(result.checks.map((c) => c.code)).not.toContain('status.ok');
  });

  it('a list claiming another secp256k1 key as its signer does not verify with it', async () => {
    const wrongKey = { ...LIST, issuer: OTHER_KEY, proof: { ...LIST.proof, verificationMethod: `${OTHER_KEY}#${OTHER_KEY.slice(8)}` } };
    const { result, status } = await revokedCertificateWith(wrongKey);
    expect(result.status).toBe('unverifiable');
    expect(status).toEqual([
      expect.objectContaining({
        code: 'status.list-invalid',
        detail: expect.stringContaining('signature does not verify with did:key:zQ3shvX9'),
      }),
    ]);
  });

  it('a list whose declared purpose is not the entry’s is not read', async () => {
    const subject = (statusPurpose: string) => ({ ...LIST, credentialSubject: { ...LIST.credentialSubject, statusPurpose } });
    const { result, status } = await revokedCertificateWith(subject('suspension'));
    expect(result.status).toBe('unverifiable');
    expect(status).toEqual([
      expect.objectContaining({
        code: 'status.list-invalid',
        detail: expect.stringContaining('its purpose is "suspension", not revocation'),
      }),
    ]);
  });
});
