import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyBytes } from '../../../lib/verify/pipeline';
import type { Status } from '../../../lib/result/types';
import { blockcertsHttp } from '../../support/blockcerts-http';
import { testEnv } from '../../support/env';

const DIR = 'tests/fixtures/vectors/blockcerts';

async function verify(file: string, options: { anchors?: boolean } = {}) {
  const http = blockcertsHttp();
  const env = { ...testEnv(http), ...(options.anchors !== undefined ? { anchors: options.anchors } : {}) };
  const results = await verifyBytes(new Uint8Array(readFileSync(`${DIR}/${file}`)), file, env);
  expect(results).toHaveLength(1);
  const result = results[0]!;
  const outcome = (code: string) => result.checks.find((c) => c.code === code)?.outcome;
  return { result, http, outcome, codes: result.checks.map((c) => c.code) };
}

/** Verdicts with anchors off (the default): never `verified`, whatever the local checks say. */
const cases: Array<{ file: string; status: Status; has: string[]; why: string }> = [
  {
    file: 'v2/mainnet-valid-2.0.json',
    status: 'unverifiable',
    has: [
      'blockcerts.hash-ok',
      'blockcerts.merkle-ok',
      'issuer.ok',
      'blockcerts.keys-listed',
      'status.ok',
      'validity.ok',
      'anchor.not-checked',
    ],
    why: 'genuine, anchor not looked up',
  },
  {
    file: 'v2/mainnet-revoked-2.0.json',
    status: 'revoked',
    has: ['blockcerts.hash-ok', 'status.revoked'],
    why: 'in the issuer revocation list',
  },
  { file: 'v2/testnet-tampered-hashes-2.0.json', status: 'invalid', has: ['blockcerts.hash-mismatch'], why: 'content changed' },
  { file: 'v2/ethereum-tampered-2.0.json', status: 'invalid', has: ['blockcerts.hash-mismatch'], why: 'content changed' },
  {
    file: 'v2/mainnet-invalid-merkle-receipt-2.0.json',
    status: 'invalid',
    has: ['blockcerts.hash-ok', 'blockcerts.merkle-mismatch'],
    why: 'path does not reach the root',
  },
  {
    file: 'v2/ethereum-merkle-root-unmatch-2.0.json',
    status: 'invalid',
    has: ['blockcerts.merkle-mismatch'],
    why: 'path does not reach the root',
  },
  {
    file: 'v2/testnet-valid-2.0.json',
    status: 'unverifiable',
    has: ['blockcerts.hash-ok', 'blockcerts.merkle-ok', 'anchor.test-chain'],
    why: 'a testnet certificate',
  },
  {
    file: 'v2/mocknet-valid-2.0.json',
    status: 'unverifiable',
    has: ['blockcerts.hash-ok', 'anchor.test-chain'],
    why: 'a mock-chain certificate',
  },
  {
    file: 'v2/regtest-valid-2.0.json',
    status: 'unverifiable',
    has: ['blockcerts.hash-ok', 'anchor.test-chain'],
    why: 'a regtest certificate',
  },
  {
    file: 'v2/ethereum-ropsten-valid-2.0.json',
    status: 'unverifiable',
    has: ['blockcerts.hash-ok', 'anchor.test-chain'],
    why: 'a Ropsten certificate',
  },
  {
    file: 'v2/testnet-valid-v1-issuer-2.0.json',
    status: 'unverifiable',
    has: ['blockcerts.keys-listed', 'blockcerts.revocation-none'],
    why: 'a v1 issuer profile without revocation list',
  },
  {
    file: 'v2/ethereum-main-valid-2.0.json',
    status: 'unverifiable',
    has: ['blockcerts.hash-ok', 'net.http-error', 'anchor.not-checked'],
    why: 'its issuer profile is gone',
  },
  {
    file: 'v3/testnet-v3-did.json',
    status: 'unverifiable',
    has: ['blockcerts.hash-ok', 'blockcerts.merkle-ok', 'blockcerts.issuer-did-unsupported', 'anchor.test-chain'],
    why: 'a did:ion issuer',
  },
  { file: 'v3/testnet-v3--tampered.json', status: 'invalid', has: ['jsonld.safe-mode'], why: 'a field no context defines' },
  { file: 'v3/testnet-v3--no-did.json', status: 'invalid', has: ['blockcerts.hash-mismatch'], why: 'an edited copy of testnet-v3-did' },
  {
    file: 'v3/ethereum-sepolia-v3.json',
    status: 'unverifiable',
    has: ['blockcerts.hash-ok', 'blockcerts.merkle-ok', 'status.ok', 'anchor.test-chain'],
    why: 'a Sepolia certificate',
  },
  {
    file: 'v3/mocknet-vc-v2-data-integrity-proof.json',
    status: 'unverifiable',
    has: ['blockcerts.hash-ok', 'anchor.test-chain'],
    why: 'DataIntegrityProof merkle-proof-2019 on a mock chain',
  },
  {
    file: 'v3/mocknet-vc-v2-validUntil-expired.json',
    status: 'expired',
    has: ['blockcerts.hash-ok', 'validity.expired'],
    why: 'validUntil passed',
  },
  {
    file: 'v3/mocknet-vc-v2-validFrom-not-yet-valid.json',
    status: 'invalid',
    has: ['blockcerts.hash-ok', 'validity.not-yet-valid'],
    why: 'validFrom ahead',
  },
  {
    file: 'v3/cert-rl-status-list-2021-revoked.json',
    status: 'revoked',
    has: ['blockcerts.hash-ok', 'status.revoked', 'status.list-purpose-missing'],
    why: 'set in its status list (signed EcdsaSecp256k1Signature2019)',
  },
  {
    file: 'v3/cert-rl-status-list-2021-suspended.json',
    status: 'suspended',
    has: ['blockcerts.hash-ok', 'status.ok', 'status.suspended'],
    why: 'set in its suspension list, not in its revocation list',
  },
  {
    file: 'v3/cert-rl-status-list-2021.json',
    status: 'unverifiable',
    has: ['blockcerts.hash-ok', 'status.ok', 'anchor.test-chain'],
    why: 'not revoked; a testnet certificate',
  },
  { file: 'v1/testnet-valid-1.2.json', status: 'unverifiable', has: ['blockcerts.version-unsupported'], why: 'v1.2 is not verified' },
];

describe('cert-verifier-js Blockcerts fixtures, anchors off', () => {
  it.each(cases)('$file → $status ($why)', async ({ file, status, has }) => {
    const { result, codes } = await verify(file);
    expect(result.format).toBe('blockcerts');
    expect(result.status).toBe(status);
    for (const code of has) expect(codes).toContain(code);
    expect(result.status).not.toBe('verified');
  });

  it('never hands a v2 certificate (OB 2.0 context, type Assertion) to the hosted OB 2.0 format', async () => {
    const { result, http, codes } = await verify('v2/mainnet-valid-2.0.json');
    expect(codes).not.toContain('hosted.id-not-url');
    expect(codes).not.toContain('hosted.fetched');
    expect(http.requests).not.toContain('https://blockcerts.learningmachine.com/certificate/ab56912734bb5784bced00b7e0e82ac9');
    expect(result.assurance).toBe('none');
  });

  it('fetches the revocation list as published, never telling the issuer which certificate is checked', async () => {
    const { http } = await verify('v2/mainnet-revoked-2.0.json');
    expect(http.requests).toEqual([
      'https://blockcerts.learningmachine.com/issuer/5a4fe9931f607f0f3452a65e.json',
      'https://blockcerts.learningmachine.com/issuer/5a4fe9931f607f0f3452a65e/revocation.json',
    ]);
    expect(http.requests.some((url) => url.includes('assertionId'))).toBe(false);
  });

  it('shows the revocation reason and the issuer named by its hosted profile', async () => {
    const { result } = await verify('v2/mainnet-revoked-2.0.json');
    expect(result.credential.revocationReason).toBe('Incorrect Issue Date. New credential to be issued.');
    expect(result.credential.issuer).toMatchObject({
      id: 'https://blockcerts.learningmachine.com/issuer/5a4fe9931f607f0f3452a65e.json',
      nameSource: 'hosted-profile',
      vouchedBy: { kind: 'origin', value: 'https://blockcerts.learningmachine.com' },
    });
  });

  it('summarises a v2 certificate from its badge and recipient', async () => {
    const { result } = await verify('v2/mainnet-valid-2.0.json');
    expect(result.credential).toMatchObject({
      name: 'Certified Security Expert',
      issued: '2018-02-07T23:52:16.636Z',
      recipient: { type: 'email', hashed: false, identity: 'darhontidis@learningmachine.com' },
    });
  });

  it('a declared revocation list that cannot be fetched is unverifiable, not a pass', async () => {
    const http = blockcertsHttp({
      'https://blockcerts.learningmachine.com/issuer/5a4fe9931f607f0f3452a65e/revocation.json': { fail: 'net.timeout' },
    });
    const [result] = await verifyBytes(new Uint8Array(readFileSync(`${DIR}/v2/mainnet-valid-2.0.json`)), 'x', testEnv(http));
    expect(result?.checks.find((c) => c.id === 'status')).toMatchObject({ outcome: 'error', code: 'net.timeout' });
    expect(result?.status).toBe('unverifiable');
  });

  it('an unreachable issuer profile is unverifiable, never invalid', async () => {
    const http = blockcertsHttp({
      'https://blockcerts.learningmachine.com/issuer/5a4fe9931f607f0f3452a65e.json': { fail: 'net.unreachable' },
    });
    const [result] = await verifyBytes(new Uint8Array(readFileSync(`${DIR}/v2/mainnet-valid-2.0.json`)), 'x', testEnv(http));
    expect(result?.status).toBe('unverifiable');
    expect(result?.checks.find((c) => c.id === 'issuer')).toMatchObject({ outcome: 'error', code: 'net.unreachable' });
  });

  it('reads the 2.0-alpha profile key list with its revocation date', async () => {
    const { result } = await verify('v2/testnet-revoked-key-2.0.json');
    expect(result.checks.find((c) => c.code === 'blockcerts.keys-listed')?.detail).toContain(
      'mkAvTwCYUyVk3rncFVCTJt1HUDsApVezhP (created 2016-01-03T14:34:57.000Z, revoked 2016-05-01T18:11:19.000Z)',
    );
  });
});

describe('a changed certificate', () => {
  it('fails its hash when one field of a genuine certificate changes', async () => {
    const certificate = JSON.parse(readFileSync(`${DIR}/v2/mainnet-valid-2.0.json`, 'utf8'));
    certificate.recipient.identity = 'someone.else@example.org';
    const [result] = await verifyBytes(new TextEncoder().encode(JSON.stringify(certificate)), 'x', testEnv(blockcertsHttp()));
    expect(result?.status).toBe('invalid');
    expect(result?.checks.map((c) => c.code)).toContain('blockcerts.hash-mismatch');
  });

  it('fails when a field no context defines is added (it would not be covered by the hash)', async () => {
    const certificate = JSON.parse(readFileSync(`${DIR}/v2/mainnet-valid-2.0.json`, 'utf8'));
    certificate.grade = 'A+';
    const [result] = await verifyBytes(new TextEncoder().encode(JSON.stringify(certificate)), 'x', testEnv(blockcertsHttp()));
    expect(result?.status).toBe('invalid');
    expect(result?.checks.map((c) => c.code)).toContain('jsonld.safe-mode');
  });

  it('fails its Merkle path when one sibling hash changes', async () => {
    const certificate = JSON.parse(readFileSync(`${DIR}/v2/testnet-valid-2.0.json`, 'utf8'));
    const step = certificate.signature.proof[0];
    const side = 'left' in step ? 'left' : 'right';
    step[side] = `${step[side].slice(0, -1)}${step[side].endsWith('0') ? '1' : '0'}`;
    const [result] = await verifyBytes(new TextEncoder().encode(JSON.stringify(certificate)), 'x', testEnv(blockcertsHttp()));
    expect(result?.checks.map((c) => c.code)).toContain('blockcerts.merkle-mismatch');
    expect(result?.status).toBe('invalid');
  });

  it('a receipt without targetHash is malformed', async () => {
    const certificate = JSON.parse(readFileSync(`${DIR}/v2/mainnet-valid-2.0.json`, 'utf8'));
    delete certificate.signature.targetHash;
    const [result] = await verifyBytes(new TextEncoder().encode(JSON.stringify(certificate)), 'x', testEnv(blockcertsHttp()));
    expect(result?.checks.map((c) => c.code)).toContain('blockcerts.receipt-malformed');
    expect(result?.status).toBe('invalid');
  });
});

describe('a v3 certificate summary', () => {
  it('takes the name from the credential subject claim and the recipient from its subject', async () => {
    const { result } = await verify('v3/testnet-v3-did.json');
    expect(result.credential).toMatchObject({
      name: 'V3 issuance',
      issued: '2022-02-02T15:00:00.000Z',
      recipient: { hashed: false, identity: 'Julien Fraichot' },
      issuer: { id: 'did:ion:EiA_Z6LQILbB2zj_eVrqfQ2xDm4HNqeJUw5Kj2Z7bFOOeQ', name: 'Hyland Innovation Team', nameSource: 'embedded' },
    });
  });
});
