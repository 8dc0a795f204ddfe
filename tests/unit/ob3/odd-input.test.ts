import { describe, expect, it } from 'vitest';
import { resultSchema } from '../../../lib/protocol/schemas';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { createFakeHttp } from '../../support/fake-http';
import { testEnv } from '../../support/env';

const base = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: 'urn:uuid:1',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: 'did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi',
  validFrom: '2025-01-01T00:00:00Z',
  credentialSubject: { id: 'did:example:1', type: ['AchievementSubject'], achievement: { id: 'urn:a', type: ['Achievement'], name: 'A' } },
};
const proof = {
  type: 'DataIntegrityProof',
  cryptosuite: 'eddsa-rdfc-2022',
  proofPurpose: 'assertionMethod',
  verificationMethod: 'did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi',
  proofValue: 'z1111',
};

const odd: Array<[string, unknown]> = [
  ['proof is a string', { ...base, proof: 'signed!' }],
  ['proof set with null', { ...base, proof: [null, 5] }],
  ['proofValue not multibase', { ...base, proof: { ...proof, proofValue: 12 } }],
  ['verificationMethod a number', { ...base, proof: { ...proof, verificationMethod: 7 } }],
  [
    'verificationMethod an unknown DID method',
    { ...base, proof: { ...proof, proofValue: `z${'1'.repeat(88)}`, verificationMethod: 'did:ion:abc' } },
  ],
  [
    'verificationMethod a garbage did:web',
    { ...base, proof: { ...proof, proofValue: `z${'1'.repeat(88)}`, verificationMethod: 'did:web:%%%#k' } },
  ],
  ['issuer a number', { ...base, issuer: 5 }],
  ['credentialSubject empty array', { ...base, credentialSubject: [] }],
  ['credentialStatus a string', { ...base, credentialStatus: 'x', proof }],
  [
    'CLR with odd nested items',
    {
      ...base,
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json'],
      type: ['VerifiableCredential', 'ClrCredential'],
      credentialSubject: { id: 'did:example:1', verifiableCredential: [1, null, 'a.b.c', {}] },
      proof,
    },
  ],
];

describe('odd OB 3.0 input ends as a result with a code', () => {
  it.each(odd)('%s', async (_name, value) => {
    const http = createFakeHttp(() => undefined);
    const results = await verifyBytes(new TextEncoder().encode(JSON.stringify(value)), 'x', testEnv(http));
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result!.checks.map((c) => c.code)).not.toContain('internal.error');
    expect(result!.status).not.toBe('verified');
    expect(resultSchema.safeParse(result).success).toBe(true);
  });

  it.each(['eddsa-jcs-2022', 'eddsa-rdfc-2022'])('JSON nested 20,000 deep (%s)', async (cryptosuite) => {
    const signed = JSON.stringify({ ...base, proof: { ...proof, cryptosuite, proofValue: `z${'1'.repeat(64)}` } });
    const text = `${signed.slice(0, -1)},"evidence":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const [result] = await verifyBytes(new TextEncoder().encode(text), 'x', testEnv(createFakeHttp(() => undefined)));
    expect(result!.checks.map((c) => c.code)).not.toContain('internal.error');
    expect(['invalid', 'unverifiable']).toContain(result!.status);
  });

  it('a JWT with odd claims and headers', async () => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const [header, claims] of [
      [
        { alg: 'RS256', kid: 5 },
        { ...base, nbf: 'soon' },
      ],
      [{ alg: 'HS256' }, base],
      [{ alg: 'EdDSA', jwk: { kty: 'OKP', crv: 'Ed25519', x: 'AAAA', d: 'secret' } }, base],
      [{ alg: 'RS256', jwk: 'not a key' }, { vc: 5 }],
    ] as const) {
      const [result] = await verifyBytes(
        new TextEncoder().encode(`${b64(header)}.${b64(claims)}.c2ln`),
        'x',
        testEnv(createFakeHttp(() => undefined)),
      );
      expect(result!.checks.map((c) => c.code)).not.toContain('internal.error');
      expect(result!.status).not.toBe('verified');
    }
  });
});
