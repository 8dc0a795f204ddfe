import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEsploraTransaction } from '../../../lib/formats/blockcerts/bitcoin-tx';
import { verifyBytes } from '../../../lib/verify/pipeline';
import type { FakeRoute } from '../../support/fake-http';
import { blockcertsHttp } from '../../support/blockcerts-http';
import { testEnv } from '../../support/env';

const DIR = 'tests/fixtures/vectors/blockcerts';
const TX = '2378076e8e140012814e98a2b2cb1af07ec760b239c1d6d93ba54d658a010ecd';
const BLOCKSTREAM = `https://blockstream.info/api/tx/${TX}`;
const MEMPOOL = `https://mempool.space/api/tx/${TX}`;
const PROFILE = 'https://blockcerts.learningmachine.com/issuer/5a4fe9931f607f0f3452a65e.json';
const recorded = () => JSON.parse(readFileSync(`${DIR}/explorers/blockstream_tx_2378076e.json`, 'utf8'));
const profile = () => JSON.parse(readFileSync(`${DIR}/issuers/issuer-profile-mainnet-example.json`, 'utf8'));
const json = (value: unknown): FakeRoute => ({ body: JSON.stringify(value) });
const both = (value: unknown) => ({ [BLOCKSTREAM]: json(value), [MEMPOOL]: json(value) });

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
  it('hashes back to its txid, and yields its OP_RETURN and the issuing address', async () => {
    const tx = await readEsploraTransaction(recorded());
    expect(tx).toEqual({
      txId: TX,
      opReturn: 'b2ceea1d52627b6ed8d919ad1039eca32f6e099ef4a357cbb7f7361c471ea6c8',
      issuingAddress: '1AwdUWQzJgfDDjeKtpPzMfYMHejFBrxZfo',
      block: { hash: '000000000000000000360a1b3ac336db50f632f3d5f448f62a62f31da82fb59b', height: 508180, time: 1518049414000 },
    });
  });

  it('hashes to another txid when an explorer changes an output', async () => {
    const lie = recorded();
    lie.vout[1].scriptpubkey = `6a20${'00'.repeat(32)}`;
    expect((await readEsploraTransaction(lie))?.txId).not.toBe(TX);
  });
});

describe('anchors on: two explorers, trusted for the block only', () => {
  it('verifies the genuine mainnet certificate when both explorers agree', async () => {
    const { result, anchor, http } = await verify(both(recorded()));
    expect(anchor).toMatchObject({ outcome: 'pass', code: 'anchor.ok' });
    expect(anchor?.detail).toContain('Bitcoin block 508180');
    expect(result.status).toBe('verified');
    expect(result.assurance).toBe('signed');
    expect(http.requests).toContain(BLOCKSTREAM);
    expect(http.requests).toContain(MEMPOOL);
  });

  it('one explorer down: unverifiable', async () => {
    const { result, anchor } = await verify({ [BLOCKSTREAM]: json(recorded()), [MEMPOOL]: { fail: 'net.timeout' } });
    expect(anchor).toMatchObject({ outcome: 'error', code: 'anchor.explorer-failed' });
    expect(result.status).toBe('unverifiable');
  });

  it('one explorer lying about the block: unverifiable, the disagreement said', async () => {
    const lie = recorded();
    lie.status.block_height = 508181;
    lie.status.block_hash = '00000000000000000021ab9fb8f6e3b4d8e0a1c2b3d4e5f60718293a4b5c6d7e';
    const { result, anchor } = await verify({ [BLOCKSTREAM]: json(recorded()), [MEMPOOL]: json(lie) });
    expect(anchor).toMatchObject({ outcome: 'error', code: 'anchor.explorers-disagree' });
    expect(anchor?.detail).toContain('508181');
    expect(result.status).toBe('unverifiable');
  });

  it('one explorer lying about the transaction: caught by its hash, unverifiable', async () => {
    const lie = recorded();
    lie.vin[0].scriptsig = lie.vin[1].scriptsig;
    const { result, anchor } = await verify({ [BLOCKSTREAM]: json(lie), [MEMPOOL]: json(recorded()) });
    expect(anchor).toMatchObject({ outcome: 'error', code: 'anchor.explorer-lied' });
    expect(result.status).toBe('unverifiable');
  });

  it('an unconfirmed transaction: unverifiable', async () => {
    const pending = { ...recorded(), status: { confirmed: false } };
    const { result, anchor } = await verify(both(pending));
    expect(anchor?.code).toBe('anchor.unconfirmed');
    expect(result.status).toBe('unverifiable');
  });

  it('the Merkle root not on the chain: invalid', async () => {
    const other = recorded();
    other.vout[1].scriptpubkey = `6a20${'ab'.repeat(32)}`;
    const otherTx = (await readEsploraTransaction(other))!.txId;
    const certificate = JSON.parse(readFileSync(`${DIR}/v2/mainnet-valid-2.0.json`, 'utf8'));
    certificate.signature.anchors[0].sourceId = otherTx;
    const routes = {
      [`https://blockstream.info/api/tx/${otherTx}`]: json(other),
      [`https://mempool.space/api/tx/${otherTx}`]: json(other),
    };
    const { result, anchor } = await verify(routes, { certificate });
    expect(anchor).toMatchObject({ outcome: 'fail', code: 'anchor.root-mismatch' });
    expect(result.status).toBe('invalid');
  });

  it('sent by an address the issuer does not list: invalid', async () => {
    const stripped = profile();
    stripped.publicKey = stripped.publicKey.filter((k: { id: string }) => !k.id.endsWith('1AwdUWQzJgfDDjeKtpPzMfYMHejFBrxZfo'));
    const { result, anchor } = await verify({ ...both(recorded()), [PROFILE]: json(stripped) });
    expect(anchor).toMatchObject({ outcome: 'fail', code: 'anchor.key-not-issuer' });
    expect(result.status).toBe('invalid');
  });

  it.each([
    ['revoked before the block', { revoked: '2018-02-08T00:00:00Z' }],
    ['created after the block', { created: '2018-02-09T00:00:00Z' }],
    ['expired before the block', { expires: '2018-02-08T00:00:00Z' }],
  ])('sent by an issuer key %s: invalid', async (_why, dates) => {
    const changed = profile();
    const key = changed.publicKey.find((k: { id: string }) => k.id.endsWith('1AwdUWQzJgfDDjeKtpPzMfYMHejFBrxZfo'));
    Object.assign(key, dates);
    const { result, anchor } = await verify({ ...both(recorded()), [PROFILE]: json(changed) });
    expect(anchor).toMatchObject({ outcome: 'fail', code: 'anchor.key-not-valid-then' });
    expect(result.status).toBe('invalid');
  });

  it('a key that expired after the block is fine', async () => {
    const changed = profile();
    Object.assign(
      changed.publicKey.find((k: { id: string }) => k.id.endsWith('1AwdUWQzJgfDDjeKtpPzMfYMHejFBrxZfo')),
      { expires: '2019-01-01T00:00:00Z' },
    );
    const { result } = await verify({ ...both(recorded()), [PROFILE]: json(changed) });
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
    const { result, anchor, http } = await verify(both(recorded()), { anchors: false });
    expect(anchor).toMatchObject({ outcome: 'skip', code: 'anchor.not-checked' });
    expect(result.status).toBe('unverifiable');
    expect(http.requests.some((url) => /blockstream|mempool/.test(url))).toBe(false);
  });
});
