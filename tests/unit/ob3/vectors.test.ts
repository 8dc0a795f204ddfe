import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resultSchema } from '../../../lib/protocol/schemas';
import type { Assurance, FormatId, Status } from '../../../lib/result/types';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { testEnv } from '../../support/env';
import { vectorHttp } from '../../support/vector-http';

const V = 'tests/fixtures/vectors';

interface Case {
  file: string;
  format: FormatId;
  status: Status;
  /** Codes the result must contain. */
  codes: string[];
  assurance?: Assurance;
  /** The verdict the vector's source gives (its own tests, or the spec's example), and why we chose what we did where it is vague. */
  reference: string;
}

/**
 * Every public OB 3.0 / CLR 2.0 / DCC vector with the verdict its source gives. Keys named only by
 * a fragment of an https issuer id (`https://example.com/issuers/876543#z6Mk…`) verify the signature
 * but stay unbound (the issuer's document is not there to confirm them): `verified`, assurance `none`,
 * warning `binding.unbound` — the source's "valid" with the binding reported apart.
 */
const cases: Case[] = [
  // 1EdTech validator (github.com/1EdTech/digital-credentials-public-validator, inspector-vc/src/test/resources/ob30) and the OB 3.0 spec's test vector
  {
    file: 'ob3/ob-spec_ldp-testvector_signed.json',
    format: 'ob3-di',
    status: 'verified',
    codes: ['proof.ok', 'binding.unbound'],
    assurance: 'none',
    reference: 'valid ✔',
  },
  {
    file: 'ob3/1edtech-val_simple.json',
    format: 'ob3-di',
    status: 'verified',
    codes: ['proof.ok', 'binding.unbound'],
    assurance: 'none',
    reference: 'valid ✔ (fragment key)',
  },
  {
    file: 'ob3/1edtech-val_simple-did-key-method.json',
    format: 'ob3-di',
    status: 'verified',
    codes: ['proof.ok', 'binding.unbound'],
    assurance: 'none',
    reference: 'valid ✔ (binding: unbound)',
  },
  {
    file: 'ob3/1edtech-val_simple-err-proof-value.json',
    format: 'ob3-di',
    status: 'invalid',
    codes: ['proof.signature-invalid'],
    assurance: 'none',
    reference: 'invalid sig ✔',
  },
  {
    file: 'ob3/1edtech-val_simple-err-expired.json',
    format: 'ob3-di',
    status: 'expired',
    codes: ['proof.ok', 'validity.expired'],
    reference: 'sig valid ✔, expired',
  },
  {
    file: 'ob3/1edtech-val_simple-err-issued.json',
    format: 'ob3-di',
    status: 'invalid',
    codes: ['validity.not-yet-valid'],
    reference: 'invalid (not-yet-valid)',
  },
  {
    file: 'ob3/1edtech-val_simple-err-context.json',
    format: 'ob3-di',
    status: 'invalid',
    codes: ['shape.context-invalid'],
    reference: 'invalid (context)',
  },
  {
    file: 'ob3/1edtech-val_simple-multiple-proofs.json',
    format: 'ob3-di',
    status: 'verified',
    codes: ['proof.ok', 'proof.additional-unverified'],
    reference: 'a valid proof exists; the unknown SomeProofType proof is reported as a warning',
  },
  {
    file: 'ob3/1edtech-val_simple-eddsa-2022.json',
    format: 'ob3-di',
    status: 'verified',
    codes: ['proof.ok', 'proof.legacy-suite', 'shape.vcdm-v1'],
    reference: '"warning (legacy)": verified, with warnings for the eddsa-2022 name and VCDM 1.1',
  },
  {
    file: 'ob3/1edtech-val_simple_v1.json',
    format: 'ob3-di',
    status: 'verified',
    codes: ['proof.ok', 'proof.legacy-suite', 'shape.vcdm-v1'],
    reference: '"warning": verified, with warnings for Ed25519Signature2020 and VCDM 1.1',
  },
  {
    file: 'ob3/1edtech-val_bsl_credential-status-revoked.json',
    format: 'ob3-di',
    status: 'revoked',
    codes: ['proof.ok', 'status.revoked'],
    reference: 'sig valid ✔, list sig valid ✔, revoked (list served from the copied testlist)',
  },
  {
    file: 'ob3/1edtech-val_credential-status-revoked.json',
    format: 'ob3-di',
    status: 'revoked',
    codes: ['proof.ok', 'binding.ok', 'status.revoked'],
    assurance: 'signed',
    reference: 'revoked (per 1ED-VAL); list and DID document are hand-written stand-ins (vectors/served/README.md)',
  },
  {
    file: 'ob3/1edtech-val_endorsement-valid.json',
    format: 'ob3-di',
    status: 'verified',
    codes: ['proof.ok', 'schema.ok'],
    reference: 'valid (1ED-VAL)',
  },
  { file: 'ob3/1edtech-val_simple-json.png.itxt.json', format: 'ob3-di', status: 'verified', codes: ['proof.ok'], reference: 'valid ✔' },
  {
    file: 'ob3/1edtech-val_simple-jwt.png.itxt.jwt',
    format: 'ob3-jwt',
    status: 'verified',
    codes: ['proof.ok', 'claims.sub-missing', 'binding.unbound'],
    assurance: 'none',
    reference: 'valid ✔; no sub (aud instead) is a warning; the header jwk names no owner, so unbound',
  },
  {
    file: 'ob3/1edtech-val_simple-jwt_v1.png.itxt.jwt',
    format: 'ob3-jwt',
    status: 'verified',
    codes: ['proof.ok', 'shape.vcdm-v1'],
    reference: 'valid ✔ (1ED-VAL: warning) — VCDM 1.1 vc claim, warning shape.vcdm-v1',
  },
  { file: 'ob3/1edtech-val_simple-json.svg', format: 'ob3-di', status: 'verified', codes: ['proof.ok'], reference: 'valid ✔ (CDATA JSON)' },
  {
    file: 'ob3/1edtech-val_simple-jwt.svg',
    format: 'ob3-jwt',
    status: 'verified',
    codes: ['proof.ok'],
    reference: 'valid ✔ (verify attribute)',
  },
  {
    file: 'ob3/1edtech-val_simple-jwt_v1.svg',
    format: 'ob3-jwt',
    status: 'verified',
    codes: ['proof.ok', 'shape.vcdm-v1'],
    reference: 'valid ✔ (warning)',
  },
  {
    file: 'ob3/1edtech-val_simple.jwt',
    format: 'ob3-jwt',
    status: 'unverifiable',
    codes: ['key.none-given'],
    reference: 'no kid/jwk: unverifiable (negative)',
  },

  // CLR 2.0 (the same validator, inspector-clr/src/test/resources/clr20)
  {
    file: 'clr2/1edtech-val_clr20_simple.json',
    format: 'clr2',
    status: 'verified',
    codes: ['proof.ok', 'nested.ok', 'schema.ok'],
    reference: 'valid (outer rdfc + nested rdfc)',
  },
  {
    file: 'clr2/1edtech-val_clr20_simple.jwt',
    format: 'clr2',
    status: 'verified',
    codes: ['proof.ok', 'nested.ok'],
    reference: '✔ signature valid (RS256 + jwk, vc claim)',
  },

  // DCC verifier-core (github.com/digitalcredentials/verifier-core: src/test-fixtures, verdicts of test/Verify.v2.spec.ts)
  {
    file: 'dcc/verifier-core_v2OBv3SpecExample.json',
    format: 'ob3-di',
    status: 'verified',
    codes: ['proof.ok', 'binding.ok'],
    assurance: 'signed',
    reference: 'valid ✔ (issuer = did:key)',
  },
  {
    file: 'dcc/verifier-core_v2EddsaWithValidStatus.json',
    format: 'ob3-di',
    status: 'verified',
    codes: ['proof.ok', 'status.ok', 'status.list-short'],
    assurance: 'signed',
    reference: 'valid, not revoked; the DCC list has 100,000 bits (< 131,072): warning',
  },
  {
    file: 'dcc/verifier-core_v2WithValidStatus.json',
    format: 'ob3-di',
    status: 'verified',
    codes: ['proof.ok', 'status.ok'],
    assurance: 'signed',
    reference: 'valid',
  },
  {
    file: 'dcc/verifier-core_v2Revoked.json',
    format: 'ob3-di',
    status: 'revoked',
    codes: ['proof.ok', 'status.revoked'],
    assurance: 'signed',
    reference: 'revoked',
  },
  {
    file: 'dcc/verifier-core_v2NoStatus.json',
    format: 'ob3-di',
    status: 'verified',
    codes: ['proof.ok', 'status.none'],
    assurance: 'signed',
    reference: 'valid',
  },
  {
    file: 'dcc/verifier-core_v2Expired.json',
    format: 'ob3-di',
    status: 'expired',
    codes: ['proof.ok', 'validity.expired'],
    assurance: 'signed',
    reference: 'expired (sig ok)',
  },
  {
    file: 'dcc/verifier-core_v1OBv3SpecExample.json',
    format: 'ob3-di',
    status: 'verified',
    codes: ['proof.ok', 'shape.vcdm-v1'],
    assurance: 'signed',
    reference: '"presumed valid" (not asserted by DCC): the signature verifies here, so verified with the VCDM 1.1 warning',
  },
  {
    file: 'dcc/verifier-core_safeModeBreaker.json',
    format: 'ob3-di',
    status: 'invalid',
    codes: ['jsonld.safe-mode'],
    reference: 'jsonld.ValidationError (safe mode): a term no context defines is malformed input',
  },
  {
    file: 'dcc/verifier-core_v2didWebMultikeyWithValidStatus.json',
    format: 'ob3-di',
    status: 'verified',
    codes: ['proof.ok', 'binding.ok', 'status.ok'],
    assurance: 'signed',
    reference: 'valid, needs network: the did:web document is a hand-written stand-in (vectors/served/README.md)',
  },
];

describe('public OB 3.0, CLR 2.0 and DCC vectors, with the verdicts their sources give', () => {
  it.each(cases)('$file → $status ($reference)', async ({ file, format, status, codes, assurance }) => {
    const http = vectorHttp();
    const results = await verifyBytes(new Uint8Array(readFileSync(`${V}/${file}`)), file, testEnv(http));
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result!.format).toBe(format);
    expect(result!.status).toBe(status);
    for (const code of codes) expect(result!.checks.map((c) => c.code)).toContain(code);
    if (assurance) expect(result!.assurance).toBe(assurance);
    expect(resultSchema.safeParse(result).success).toBe(true);
    expect(http.unmapped).toEqual([]);
  });

  it('covers every vector file copied from the shared set', async () => {
    const { readdirSync } = await import('node:fs');
    const credentials = ['ob3', 'clr2', 'dcc'].flatMap((dir) =>
      readdirSync(`${V}/${dir}`)
        .filter((f) => !/\.txt$|_keys\.json$|_testlist\.json$|_status_/.test(f))
        .map((f) => `${dir}/${f}`),
    );
    expect(credentials.filter((f) => !cases.some((c) => c.file === f))).toEqual([]);
  });

  it('shows the achievement, the embedded issuer name and the dates', async () => {
    const [result] = await verifyBytes(readFileSync(`${V}/ob3/1edtech-val_credential-status-revoked.json`), 'x', testEnv(vectorHttp()));
    expect(result!.credential).toMatchObject({
      name: 'Achievement 1',
      description: 'Test achievement 1',
      criteria: 'Passes tests',
      issuer: {
        id: 'did:web:dc.1edtech.org:wellspring2022:wellspring-portal:org:da1e96e9-afcc-4eed-b9a2-2ddf7353214c',
        name: '1EdTech Testing',
        nameSource: 'embedded',
      },
      issued: '2023-05-23T01:10:41.000Z',
    });
  });

  it('is unverifiable, never invalid, when the status list cannot be fetched', async () => {
    const list =
      'https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj';
    const http = vectorHttp({ [list]: { fail: 'net.timeout' } });
    const [result] = await verifyBytes(readFileSync(`${V}/dcc/verifier-core_v2WithValidStatus.json`), 'x', testEnv(http));
    expect(result!.status).toBe('unverifiable');
    expect(result!.checks.map((c) => c.code)).toContain('net.timeout');
  });

  it('is unverifiable when a did:web document cannot be fetched', async () => {
    const http = vectorHttp({ 'https://digitalcredentials.github.io/dcc-did-web/multikey/did.json': { fail: 'net.unreachable' } });
    const [result] = await verifyBytes(readFileSync(`${V}/dcc/verifier-core_v2didWebMultikeyWithValidStatus.json`), 'x', testEnv(http));
    expect(result!.status).toBe('unverifiable');
    expect(result!.checks.find((c) => c.id === 'key')?.code).toBe('net.unreachable');
  });
});

describe('DCC tamper tests (vc.ts)', () => {
  const base = JSON.parse(readFileSync(`${V}/dcc/verifier-core_v2NoStatus.json`, 'utf8')) as Record<string, unknown>;
  const verify = async (value: unknown) =>
    (await verifyBytes(new TextEncoder().encode(JSON.stringify(value)), 'x', testEnv(vectorHttp())))[0]!;

  it('a changed name breaks the signature', async () => {
    const result = await verify({ ...base, name: 'Tampered' });
    expect(result.status).toBe('invalid');
    expect(result.checks.map((c) => c.code)).toContain('proof.signature-invalid');
  });

  it('no proof is invalid', async () => {
    const { proof: _proof, ...rest } = base;
    const result = await verify(rest);
    expect(result.status).toBe('invalid');
    expect(result.checks.map((c) => c.code)).toContain('proof.missing');
  });

  it('a changed id breaks the signature', async () => {
    expect((await verify({ ...base, id: '0923lksjf' })).status).toBe('invalid');
  });

  it('a proof with another purpose is invalid', async () => {
    const result = await verify({ ...base, proof: { ...(base.proof as object), proofPurpose: 'authentication' } });
    expect(result.status).toBe('invalid');
    expect(result.checks.map((c) => c.code)).toContain('proof.purpose-invalid');
  });

  it('an unknown context is unverifiable, and never fetched', async () => {
    const http = vectorHttp();
    const context = [...(base['@context'] as string[]), 'https://contexts.example.net/extra/v1'];
    const [result] = await verifyBytes(new TextEncoder().encode(JSON.stringify({ ...base, '@context': context })), 'x', testEnv(http));
    expect(result!.status).toBe('unverifiable');
    expect(result!.checks.map((c) => c.code)).toContain('jsonld.unknown-context');
    expect(http.requests).toEqual([]);
  });
});
