import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyBytes } from '../../../lib/verify/pipeline';
import type { Status } from '../../../lib/result/types';
import { createFakeHttp, routeTable, type FakeRoute } from '../../support/fake-http';
import { testEnv } from '../../support/env';

const DIR = 'tests/fixtures/vectors/ob2';

/** The 1EdTech validator's own mapping: http(s)://example.org/<f> is ob20/assets/<f>. */
function validatorHttp(assertionFile?: string) {
  const exact: Record<string, FakeRoute> = assertionFile
    ? { 'https://example.org/beths-robotics-badge.json': { file: `${DIR}/${assertionFile}` } }
    : {};
  return createFakeHttp(
    routeTable(exact, [
      { from: 'https://example.org/', dir: DIR, filePrefix: '1edtech-val_assets_' },
      { from: 'http://example.org/', dir: DIR, filePrefix: '1edtech-val_assets_' },
    ]),
  );
}

const cases: Array<{ file: string; hosted?: boolean; status: Status; code: string; assurance?: string }> = [
  { file: '1edtech-val_basic-assertion.json', hosted: true, status: 'verified', code: 'scope.ok', assurance: 'hosted' },
  { file: '1edtech-val_basic-assertion-expired.json', hosted: true, status: 'expired', code: 'validity.expired', assurance: 'hosted' },
  { file: '1edtech-val_basic-assertion-in-future.json', hosted: true, status: 'invalid', code: 'validity.issued-in-future' },
  { file: '1edtech-val_basic-assertion-with-allowed-origins-valid-starts-with.json', hosted: true, status: 'verified', code: 'scope.ok' },
  {
    file: '1edtech-val_basic-assertion-with-allowed-origins-invalid-starts-with.json',
    hosted: true,
    status: 'invalid',
    code: 'scope.starts-with-mismatch',
  },
  { file: '1edtech-val_simple.jwt', status: 'verified', code: 'proof.ok', assurance: 'signed' },
  { file: '1edtech-val_simple-not-revoked.jwt', status: 'verified', code: 'status.ok', assurance: 'signed' },
  { file: '1edtech-val_simple-revoked.jwt', status: 'revoked', code: 'status.revoked', assurance: 'signed' },
  { file: 'ob2-spec_example-signed-UNVERIFIABLE.jws', status: 'invalid', code: 'key.not-listed' },
];

describe('1EdTech validator OB 2.0 vectors', () => {
  it.each(cases)('$file → $status ($code)', async ({ file, hosted, status, code, assurance }) => {
    const http = validatorHttp(hosted ? file : undefined);
    const [result, ...rest] = await verifyBytes(new Uint8Array(readFileSync(`${DIR}/${file}`)), file, testEnv(http));
    expect(rest).toHaveLength(0);
    expect(result?.status).toBe(status);
    expect(result?.checks.map((c) => c.code)).toContain(code);
    expect(result?.format).toBe(file.endsWith('.json') ? 'ob2-hosted' : 'ob2-signed');
    if (assurance) expect(result?.assurance).toBe(assurance);
    expect(http.unmapped).toEqual([]);
  });

  it('names the issuer from its hosted profile', async () => {
    const http = validatorHttp();
    const [result] = await verifyBytes(readFileSync(`${DIR}/1edtech-val_simple.jwt`), 'simple.jwt', testEnv(http));
    expect(result?.credential).toMatchObject({
      name: 'Awesome Robotics Badge',
      issuer: { name: 'An Example Badge Issuer', nameSource: 'hosted-profile', id: 'https://example.org/organization.json' },
      issued: '2016-12-31T23:59:59.000Z',
      recipient: { type: 'email', hashed: true },
    });
  });

  it.each([
    { recipient: 'nobody@example.org', status: 'verified', code: 'recipient.match' },
    { recipient: '  Nobody@Example.org ', status: 'verified', code: 'recipient.match' },
    { recipient: 'somebody@example.org', status: 'invalid', code: 'recipient.mismatch' },
  ] as const)('checks the recipient $recipient', async ({ recipient, status, code }) => {
    const http = validatorHttp();
    const [result] = await verifyBytes(readFileSync(`${DIR}/1edtech-val_simple.jwt`), 'simple.jwt', testEnv(http, { recipient }));
    expect(result?.status).toBe(status);
    expect(result?.checks.find((c) => c.id === 'recipient')?.code).toBe(code);
  });

  it('is unverifiable, not invalid, when the issuer cannot be reached', async () => {
    const http = createFakeHttp(() => ({ fail: 'net.timeout' }));
    const [result] = await verifyBytes(readFileSync(`${DIR}/1edtech-val_simple.jwt`), 'simple.jwt', testEnv(http));
    expect(result?.status).toBe('unverifiable');
    expect(result?.checks.map((c) => c.code)).toContain('net.timeout');
  });
});
