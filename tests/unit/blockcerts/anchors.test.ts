import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimedKeyOf, legacySighash } from '../../../lib/formats/blockcerts/bitcoin-spend';
import { parseRawTransaction, readEsploraTransaction, txIdOf } from '../../../lib/formats/blockcerts/bitcoin-tx';
import { fromHex } from '../../../lib/util/bytes';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { buildBitcoinWorld, p2pkh, type WorldOptions } from '../../../scripts/fixtures/bitcoin-anchor-world';
import type { FakeRoute } from '../../support/fake-http';
import { blockcertsHttp } from '../../support/blockcerts-http';
import { testEnv } from '../../support/env';

const DIR = 'tests/fixtures/vectors/blockcerts';
const SYNTHETIC = 'tests/fixtures/blockcerts-anchor';
const TX = '2378076e8e140012814e98a2b2cb1af07ec760b239c1d6d93ba54d658a010ecd';
const FUNDING = '4b4b5aa4b0a1df5a00cd119e8e147e6422eb4bea980670c23dcd150e2d36d400';
const ROOT = 'b2ceea1d52627b6ed8d919ad1039eca32f6e099ef4a357cbb7f7361c471ea6c8';
const PROFILE = 'https://blockcerts.learningmachine.com/issuer/5a4fe9931f607f0f3452a65e.json';
const EXPLORERS = ['https://blockstream.info', 'https://mempool.space'];
const recorded = () => JSON.parse(readFileSync(`${DIR}/explorers/blockstream_tx_2378076e.json`, 'utf8'));
const realCertificate = () => JSON.parse(readFileSync(`${DIR}/v2/mainnet-valid-2.0.json`, 'utf8'));
const profileWithTestKey = () => JSON.parse(readFileSync(`${SYNTHETIC}/issuer-profile-with-test-key.json`, 'utf8'));
const json = (value: unknown): FakeRoute => ({ body: JSON.stringify(value) });
const text = (value: string): FakeRoute => ({ body: value, contentType: 'text/plain' });
const both = (path: string, route: FakeRoute) => Object.fromEntries(EXPLORERS.map((base) => [`${base}${path}`, route]));

/** A synthetic world (scripts/fixtures/bitcoin-anchor-world.ts): both explorers answer, the profile lists the test key. */
function world(options: Partial<WorldOptions> = {}) {
  const built = buildBitcoinWorld({ merkleRoot: ROOT, ...options });
  const certificate = realCertificate();
  certificate.signature.anchors[0].sourceId = built.spending.txId;
  const routes: Record<string, FakeRoute> = {
    ...both(`/api/tx/${built.spending.txId}`, json(built.spending.esplora)),
    ...both(`/api/tx/${built.funding.txId}/hex`, text(built.funding.hex)),
    [PROFILE]: json(profileWithTestKey()),
  };
  return { ...built, certificate, routes };
}

async function verify(routes: Record<string, FakeRoute>, options: { anchors?: boolean; certificate?: unknown; file?: string } = {}) {
  const http = blockcertsHttp(routes);
  const bytes = options.certificate
    ? new TextEncoder().encode(JSON.stringify(options.certificate))
    : new Uint8Array(readFileSync(`${DIR}/${options.file ?? 'v2/mainnet-valid-2.0.json'}`));
  const [result] = await verifyBytes(bytes, 'cert.json', { ...testEnv(http), anchors: options.anchors ?? true });
  const anchor = result!.checks.find((c) => c.id === 'anchor');
  return { result: result!, anchor, http };
}

describe('a Bitcoin transaction as an explorer reports it', () => {
  it('hashes back to its txid, and yields its OP_RETURN and block', async () => {
    const tx = await readEsploraTransaction(recorded());
    expect(tx).toMatchObject({
      txId: TX,
      opReturn: ROOT,
      block: { hash: '000000000000000000360a1b3ac336db50f632f3d5f448f62a62f31da82fb59b', height: 508180, time: 1518049414000 },
    });
    expect(tx?.tx.inputs[0]?.prevTxId).toBe(FUNDING);
  });

  it('hashes to another txid when an explorer changes an output', async () => {
    const lie = recorded();
    lie.vout[1].scriptpubkey = `6a20${'00'.repeat(32)}`;
    expect((await readEsploraTransaction(lie))?.txId).not.toBe(TX);
  });

  it("computes the legacy SIGHASH_ALL hash the recorded mainnet signatures sign (against the explorer's stated prevouts)", async () => {
    const answer = recorded();
    const { tx } = (await readEsploraTransaction(answer))!;
    for (const index of [0, 1]) {
      const digest = await legacySighash(tx, index, fromHex(answer.vin[index].prevout.scriptpubkey));
      const claimed = claimedKeyOf({ ...tx, inputs: [tx.inputs[index]!] })!;
      expect(claimed.sighashType).toBe(1);
      expect(secp256k1.verify(claimed.signature, digest, claimed.publicKey, { prehash: false, lowS: false, format: 'der' })).toBe(true);
      const otherInput = await legacySighash(tx, 1 - index, fromHex(answer.vin[index].prevout.scriptpubkey));
      expect(secp256k1.verify(claimed.signature, otherInput, claimed.publicKey, { prehash: false, lowS: false, format: 'der' })).toBe(
        false,
      );
    }
  });
});

describe('a raw transaction (the funding transaction, /tx/<txid>/hex)', () => {
  it('is read from its segwit serialization, the witness left out of its txid', async () => {
    const { funding } = buildBitcoinWorld({ merkleRoot: ROOT });
    expect(funding.hex.slice(8, 12)).toBe('0001');
    const tx = parseRawTransaction(funding.hex)!;
    expect(await txIdOf(tx)).toBe(funding.txId);
    expect(tx.outputs).toHaveLength(1);
  });

  it('is refused when truncated, padded or not hex', () => {
    const { funding } = buildBitcoinWorld({ merkleRoot: ROOT });
    expect(parseRawTransaction(funding.hex.slice(0, -2))).toBeUndefined();
    expect(parseRawTransaction(`${funding.hex}00`)).toBeUndefined();
    expect(parseRawTransaction('zz')).toBeUndefined();
  });

  it('the fixtures on disk are the generator’s output', () => {
    const { funding, spending } = buildBitcoinWorld({ merkleRoot: ROOT });
    expect(readFileSync(`${SYNTHETIC}/funding-tx.hex`, 'utf8').trim()).toBe(funding.hex);
    expect(JSON.parse(readFileSync(`${SYNTHETIC}/spending-tx.json`, 'utf8'))).toEqual(spending.esplora);
    expect(JSON.parse(readFileSync(`${SYNTHETIC}/mainnet-valid-2.0-synthetic-anchor.json`, 'utf8')).signature.anchors[0].sourceId).toBe(
      spending.txId,
    );
  });
});

describe('anchors on: two explorers, trusted for the block only', () => {
  it('verifies a certificate anchored by the issuer’s key: funding output P2PKH to it, signature valid, both explorers agreeing', async () => {
    const w = world();
    const { result, anchor, http } = await verify(w.routes, { certificate: w.certificate });
    expect(anchor).toMatchObject({ outcome: 'pass', code: 'anchor.ok' });
    expect(anchor?.detail).toContain('Bitcoin block 508190');
    expect(anchor?.detail).toContain(w.address);
    expect(result.status).toBe('verified');
    expect(result.assurance).toBe('signed');
    for (const base of EXPLORERS) {
      expect(http.requests).toContain(`${base}/api/tx/${w.spending.txId}`);
      expect(http.requests).toContain(`${base}/api/tx/${w.funding.txId}/hex`);
    }
  });

  it('the recorded mainnet certificate: its funding transaction is not recorded, so it cannot be checked — unverifiable', async () => {
    const routes = both(`/api/tx/${TX}`, json(recorded()));
    const { result, anchor, http } = await verify(routes);
    expect(anchor).toMatchObject({ outcome: 'error', code: 'anchor.explorer-failed' });
    expect(anchor?.detail).toContain(`the funding transaction ${FUNDING} could not be checked`);
    expect(result.status).toBe('unverifiable');
    expect(http.requests).toContain(`https://blockstream.info/api/tx/${FUNDING}/hex`);
  });

  it('spends a bare OP_TRUE output with the issuer’s key pasted into its scriptSig: invalid', async () => {
    const w = world({ fundingScript: () => Buffer.from([0x51]), signer: 'other-key' });
    const { result, anchor } = await verify(w.routes, { certificate: w.certificate });
    expect(anchor).toMatchObject({ outcome: 'fail', code: 'anchor.spend-not-by-key' });
    expect(anchor?.detail).toContain('locked by the script 51');
    expect(result.status).toBe('invalid');
    expect(result.assurance).toBe('none');
  });

  it('spends a P2SH output: invalid', async () => {
    const w = world({ fundingScript: () => Buffer.from(`a914${'11'.repeat(20)}87`, 'hex'), signer: 'other-key' });
    const { result, anchor } = await verify(w.routes, { certificate: w.certificate });
    expect(anchor).toMatchObject({ outcome: 'fail', code: 'anchor.spend-not-by-key' });
    expect(anchor?.detail).toContain('pay-to-script-hash');
    expect(result.status).toBe('invalid');
  });

  it('spends a P2PKH output locked to another key’s hash: invalid', async () => {
    const w = world({ fundingScript: () => p2pkh(Buffer.alloc(20, 0x22)) });
    const { result, anchor } = await verify(w.routes, { certificate: w.certificate });
    expect(anchor).toMatchObject({ outcome: 'fail', code: 'anchor.spend-not-by-key' });
    expect(anchor?.detail).toContain(`another key's hash ${'22'.repeat(20)}`);
    expect(result.status).toBe('invalid');
  });

  it('spends the issuer key’s output with a signature made by another key: invalid', async () => {
    const w = world({ signer: 'other-key' });
    const { result, anchor } = await verify(w.routes, { certificate: w.certificate });
    expect(anchor).toMatchObject({ outcome: 'fail', code: 'anchor.spend-not-by-key' });
    expect(anchor?.detail).toContain('signature does not verify');
    expect(result.status).toBe('invalid');
  });

  it('an explorer passing an OP_TRUE spend off as a spend of the issuer key’s output: its funding transaction does not hash to its id, unverifiable', async () => {
    const w = world({ fundingScript: () => Buffer.from([0x51]), signer: 'other-key' });
    const honest = buildBitcoinWorld({ merkleRoot: ROOT });
    const routes = { ...w.routes, [`https://blockstream.info/api/tx/${w.funding.txId}/hex`]: text(honest.funding.hex) };
    const { result, anchor } = await verify(routes, { certificate: w.certificate });
    expect(anchor).toMatchObject({ outcome: 'error', code: 'anchor.explorer-lied' });
    expect(anchor?.detail).toContain(`hashes to ${honest.funding.txId}`);
    expect(result.status).toBe('unverifiable');
  });

  it('one explorer down for the funding transaction: unverifiable, saying so', async () => {
    const w = world();
    const routes = { ...w.routes, [`https://mempool.space/api/tx/${w.funding.txId}/hex`]: { fail: 'net.timeout' } as FakeRoute };
    const { result, anchor } = await verify(routes, { certificate: w.certificate });
    expect(anchor).toMatchObject({ outcome: 'error', code: 'anchor.explorer-failed' });
    expect(anchor?.detail).toContain('mempool.space: the funding transaction');
    expect(result.status).toBe('unverifiable');
  });

  it('one explorer down: unverifiable', async () => {
    const w = world();
    const routes = { ...w.routes, [`https://mempool.space/api/tx/${w.spending.txId}`]: { fail: 'net.timeout' } as FakeRoute };
    const { result, anchor } = await verify(routes, { certificate: w.certificate });
    expect(anchor).toMatchObject({ outcome: 'error', code: 'anchor.explorer-failed' });
    expect(result.status).toBe('unverifiable');
  });

  it('one explorer lying about the block: unverifiable, the disagreement said', async () => {
    const w = world();
    const lie = structuredClone(w.spending.esplora) as { status: Record<string, unknown> };
    lie.status.block_height = 508191;
    lie.status.block_hash = '00000000000000000021ab9fb8f6e3b4d8e0a1c2b3d4e5f60718293a4b5c6d7e';
    const routes = { ...w.routes, [`https://mempool.space/api/tx/${w.spending.txId}`]: json(lie) };
    const { result, anchor } = await verify(routes, { certificate: w.certificate });
    expect(anchor).toMatchObject({ outcome: 'error', code: 'anchor.explorers-disagree' });
    expect(anchor?.detail).toContain('508191');
    expect(result.status).toBe('unverifiable');
  });

  it('one explorer lying about the transaction: caught by its hash, unverifiable', async () => {
    const lie = recorded();
    lie.vin[0].scriptsig = lie.vin[1].scriptsig;
    const routes = { ...both(`/api/tx/${TX}`, json(recorded())), [`https://blockstream.info/api/tx/${TX}`]: json(lie) };
    const { result, anchor } = await verify(routes);
    expect(anchor).toMatchObject({ outcome: 'error', code: 'anchor.explorer-lied' });
    expect(result.status).toBe('unverifiable');
  });

  it('an unconfirmed transaction: unverifiable', async () => {
    const w = world();
    const pending = { ...w.spending.esplora, status: { confirmed: false } };
    const { result, anchor } = await verify(
      { ...w.routes, ...both(`/api/tx/${w.spending.txId}`, json(pending)) },
      { certificate: w.certificate },
    );
    expect(anchor?.code).toBe('anchor.unconfirmed');
    expect(result.status).toBe('unverifiable');
  });

  it('the Merkle root not on the chain: invalid', async () => {
    const w = world({ merkleRoot: 'ab'.repeat(32) });
    const { result, anchor } = await verify(w.routes, { certificate: w.certificate });
    expect(anchor).toMatchObject({ outcome: 'fail', code: 'anchor.root-mismatch' });
    expect(result.status).toBe('invalid');
  });

  it('a segwit first input is not read: unverifiable, no funding transaction asked for', async () => {
    const w = world();
    const segwit = structuredClone(w.spending.esplora) as { vin: { scriptsig: string; witness?: string[] }[] };
    segwit.vin[0]!.scriptsig = '';
    segwit.vin[0]!.witness = ['30', '02'];
    const txId = (await readEsploraTransaction(segwit))!.txId;
    w.certificate.signature.anchors[0].sourceId = txId;
    const { result, anchor, http } = await verify(
      { ...w.routes, ...both(`/api/tx/${txId}`, json(segwit)) },
      { certificate: w.certificate },
    );
    expect(anchor).toMatchObject({ outcome: 'error', code: 'anchor.chain-unsupported' });
    expect(anchor?.detail).toContain('not a pay-to-public-key-hash spend');
    expect(result.status).toBe('unverifiable');
    expect(http.requests.some((url) => url.endsWith('/hex'))).toBe(false);
  });

  it('sent by an address the issuer does not list: invalid', async () => {
    const w = world();
    const routes = { ...w.routes, [PROFILE]: { file: `${DIR}/issuers/issuer-profile-mainnet-example.json` } };
    const { result, anchor } = await verify(routes, { certificate: w.certificate });
    expect(anchor).toMatchObject({ outcome: 'fail', code: 'anchor.key-not-issuer' });
    expect(anchor?.detail).toContain(w.address);
    expect(result.status).toBe('invalid');
  });

  it.each([
    ['revoked before the block', { revoked: '2018-02-08T00:00:00Z' }],
    ['created after the block', { created: '2018-02-09T00:00:00Z' }],
    ['expired before the block', { expires: '2018-02-08T00:00:00Z' }],
  ])('sent by an issuer key %s: invalid', async (_why, dates) => {
    const w = world();
    const changed = profileWithTestKey();
    Object.assign(
      changed.publicKey.find((k: { id: string }) => k.id.endsWith(w.address)),
      dates,
    );
    const { result, anchor } = await verify({ ...w.routes, [PROFILE]: json(changed) }, { certificate: w.certificate });
    expect(anchor).toMatchObject({ outcome: 'fail', code: 'anchor.key-not-valid-then' });
    expect(result.status).toBe('invalid');
  });

  it('a key that expired after the block is fine', async () => {
    const w = world();
    const changed = profileWithTestKey();
    Object.assign(
      changed.publicKey.find((k: { id: string }) => k.id.endsWith(w.address)),
      { expires: '2019-01-01T00:00:00Z' },
    );
    const { result } = await verify({ ...w.routes, [PROFILE]: json(changed) }, { certificate: w.certificate });
    expect(result.status).toBe('verified');
  });

  it('a revoked certificate stays revoked whatever the anchor', async () => {
    const { result } = await verify({}, { file: 'v2/mainnet-revoked-2.0.json' });
    expect(result.status).toBe('revoked');
  });

  it('test certificates ask no explorer and are never verified', async () => {
    for (const file of ['v2/testnet-valid-2.0.json', 'v2/mocknet-valid-2.0.json', 'v3/ethereum-sepolia-v3.json']) {
      const { result, anchor, http } = await verify({}, { file });
      expect(anchor?.code, file).toBe('anchor.test-chain');
      expect(result.status, file).toBe('unverifiable');
      expect(
        http.requests.some((url) => /blockstream|mempool/.test(url)),
        file,
      ).toBe(false);
    }
  });

  it('anchors off asks no explorer: anchor not checked, unverifiable', async () => {
    const w = world();
    const { result, anchor, http } = await verify(w.routes, { anchors: false, certificate: w.certificate });
    expect(anchor).toMatchObject({ outcome: 'skip', code: 'anchor.not-checked' });
    expect(result.status).toBe('unverifiable');
    expect(result.credential.anchorExplorers).toEqual(['blockstream.info', 'mempool.space']);
    expect(http.requests.some((url) => /blockstream|mempool/.test(url))).toBe(false);
  });
});
