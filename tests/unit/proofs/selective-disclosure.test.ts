import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../lib/core/session';
import { verifyEmbeddedProofs } from '../../../lib/proofs/data-integrity';
import type { Json } from '../../../lib/proofs/types';
import { createFakeHttp } from '../../support/fake-http';
import { testEnv } from '../../support/env';

const DIR = 'tests/fixtures/vectors/w3c-di-ecdsa';
const json = (name: string) => JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')) as Json;
const offline = () => createSession(testEnv(createFakeHttp(() => undefined)));

describe('selective-disclosure suites are reported by name, never as invalid', () => {
  it('an ecdsa-sd-2023 base proof (W3C vector) is unverifiable with the plain base-proof reason', async () => {
    const outcome = await verifyEmbeddedProofs(json('ecdsa-sd-2023-employ_addSignedSDBase.json'), offline());
    expect(outcome.checks).toEqual([expect.objectContaining({ code: 'proof.sd-base-proof', outcome: 'error', pointer: '/proof/proofValue', detail: expect.stringContaining('base proof') })]);
  });

  it('an ecdsa-sd-2023 derived proof (W3C vector) is unverifiable: not verified yet, by name', async () => {
    const outcome = await verifyEmbeddedProofs(json('ecdsa-sd-2023-employ_derivedRevealDocument.json'), offline());
    expect(outcome.checks).toEqual([expect.objectContaining({ code: 'proof.unsupported-type', outcome: 'error', detail: 'ecdsa-sd-2023 derived (selective-disclosure) proofs are not verified yet' })]);
  });

  it('an ecdsa-sd-2023 proof value that is neither is malformed', async () => {
    const signed = json('ecdsa-sd-2023-employ_derivedRevealDocument.json');
    const outcome = await verifyEmbeddedProofs({ ...signed, proof: { ...(signed.proof as Json), proofValue: 'uAAAA' } }, offline());
    expect(outcome.checks).toEqual([expect.objectContaining({ code: 'proof.malformed', outcome: 'fail' })]);
  });

  it('bbs-2023 is not supported yet, by name', async () => {
    const signed = json('ecdsa-sd-2023-employ_derivedRevealDocument.json');
    const outcome = await verifyEmbeddedProofs({ ...signed, proof: { ...(signed.proof as Json), cryptosuite: 'bbs-2023' } }, offline());
    expect(outcome.checks).toEqual([expect.objectContaining({ code: 'proof.unsupported-type', outcome: 'error', detail: expect.stringContaining('bbs-2023') })]);
  });
});
