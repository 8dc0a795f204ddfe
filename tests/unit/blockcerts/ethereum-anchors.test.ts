import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRpcTransaction } from '../../../lib/formats/blockcerts/ethereum-tx';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { blockcertsHttp } from '../../support/blockcerts-http';
import { testEnv } from '../../support/env';
import type { FakeRoute } from '../../support/fake-http';

const DIR = 'tests/fixtures/vectors/blockcerts';
const TX = '0xa12c498c8fcf59ee2fe785c94c38be4797fb027e6450439a7ef30ad61d7616d3';
const BLOCKSCOUT = 'https://eth.blockscout.com/api?module=proxy';
const txUrl = (id: string) => `${BLOCKSCOUT}&action=eth_getTransactionByHash&txhash=${id}`;
const BLOCK_URL = `${BLOCKSCOUT}&action=eth_getBlockByNumber&tag=0x57375b&boolean=false`;
const cypherUrl = (id: string) => `https://api.blockcypher.com/v1/eth/main/txs/${id.slice(2)}`;
const PROFILE = 'https://raw.githubusercontent.com/AnthonyRonning/https-github.com-labnol-files/master/issuer-eth-mainnet.json?raw=true';
const ISSUER_ADDRESS = '0x3d995ef85a8d1bcbed78182ab225b9f88dc8937c';

const read = (file: string) => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8'));
const proxyTx = () => read('explorers/etherscan_proxy_tx_a12c498c.json');
const proxyBlock = () => read('explorers/proxy_block_0x57375b.json');
const cypherTx = () => read('explorers/blockcypher_eth_tx_a12c498c.json');
const profile = () => read('issuers/issuer-eth-mainnet.json');
const json = (value: unknown): FakeRoute => ({ body: JSON.stringify(value) });

/** The recorded world: Blockscout's proxy (the transaction, then its block), BlockCypher, the issuer profile. */
function world(
  change: { blockscout?: unknown; block?: unknown; blockcypher?: unknown; profile?: unknown } = {},
): Record<string, FakeRoute> {
  return {
    [txUrl(TX)]: json(change.blockscout ?? proxyTx()),
    [BLOCK_URL]: json(change.block ?? proxyBlock()),
    [cypherUrl(TX)]: json(change.blockcypher ?? cypherTx()),
    [PROFILE]: json(change.profile ?? profile()),
  };
}

async function verify(routes: Record<string, FakeRoute>, options: { anchors?: boolean; certificate?: unknown; file?: string } = {}) {
  const http = blockcertsHttp(routes);
  const bytes = options.certificate
    ? new TextEncoder().encode(JSON.stringify(options.certificate))
    : new Uint8Array(readFileSync(`${DIR}/${options.file ?? 'v2/ethereum-main-valid-2.0.json'}`));
  const [result] = await verifyBytes(bytes, 'cert.json', { ...testEnv(http), anchors: options.anchors ?? true });
  return { result: result!, anchor: result!.checks.find((c) => c.id === 'anchor'), http };
}

const EXPLORERS = /blockscout|blockcypher/;

describe('Ethereum mainnet anchors: Blockscout and BlockCypher, trusted for the block only', () => {
  it('verifies the mainnet certificate when the transaction re-hashes, holds the root, was sent by the issuer and both agree', async () => {
    const { result, anchor, http } = await verify(world());
    expect(anchor).toMatchObject({ outcome: 'pass', code: 'anchor.ok' });
    expect(anchor?.detail).toContain('Ethereum block 5715803 (2018-06-01T20:47:55');
    expect(anchor?.detail).toContain(ISSUER_ADDRESS);
    expect(result.status).toBe('verified');
    expect(result.assurance).toBe('signed');
    expect(http.requests).toEqual(expect.arrayContaining([txUrl(TX), BLOCK_URL, cypherUrl(TX)]));
  });

  it('an issuer key written in EIP-55 mixed case is the same address', async () => {
    const mixed = profile();
    mixed.publicKey[0].id = 'ecdsa-koblitz-pubkey:0x3D995eF85a8D1BCbED78182ab225b9F88dc8937C';
    const { result } = await verify(world({ profile: mixed }));
    expect(result.status).toBe('verified');
  });

  it('BlockCypher lying about the block: unverifiable, the disagreement said', async () => {
    const lie = { ...cypherTx(), block_height: 5715804, block_hash: 'ab'.repeat(32) };
    const { result, anchor } = await verify(world({ blockcypher: lie }));
    expect(anchor).toMatchObject({ outcome: 'error', code: 'anchor.explorers-disagree' });
    expect(anchor?.detail).toContain('5715804');
    expect(result.status).toBe('unverifiable');
  });

  it('BlockCypher lying about the block time alone: unverifiable', async () => {
    const { result, anchor } = await verify(world({ blockcypher: { ...cypherTx(), confirmed: '2018-01-01T00:00:00Z' } }));
    expect(anchor?.code).toBe('anchor.explorers-disagree');
    expect(result.status).toBe('unverifiable');
  });

  it('Blockscout contradicting itself about the block: not trusted, unverifiable', async () => {
    const block = proxyBlock();
    block.result.hash = `0x${'cd'.repeat(32)}`;
    const { result, anchor } = await verify(world({ block }));
    expect(anchor).toMatchObject({ outcome: 'error', code: 'anchor.explorer-lied' });
    expect(result.status).toBe('unverifiable');
  });

  it.each([
    ['BlockCypher', cypherUrl(TX)],
    ['Blockscout', txUrl(TX)],
    ["Blockscout's block", BLOCK_URL],
  ])('%s down: unverifiable', async (_who, url) => {
    const { result, anchor } = await verify({ ...world(), [url]: { fail: 'net.timeout' } });
    expect(anchor).toMatchObject({ outcome: 'error', code: 'anchor.explorer-failed' });
    expect(result.status).toBe('unverifiable');
  });

  it('Blockscout not knowing the transaction (a null result): unverifiable, not invalid', async () => {
    const { result, anchor } = await verify(world({ blockscout: { jsonrpc: '2.0', id: 1, result: null } }));
    expect(anchor?.code).toBe('anchor.explorer-failed');
    expect(result.status).toBe('unverifiable');
  });

  it('Blockscout lying about the transaction (its fields do not hash to the id): caught, unverifiable', async () => {
    const lie = proxyTx();
    lie.result.input = `0x${'ab'.repeat(32)}`;
    const { result, anchor } = await verify(world({ blockscout: lie }));
    expect(anchor).toMatchObject({ outcome: 'error', code: 'anchor.explorer-lied' });
    expect(anchor?.detail).toContain(`not ${TX}`);
    expect(result.status).toBe('unverifiable');
  });

  it('BlockCypher answering about another transaction: unverifiable', async () => {
    const { anchor } = await verify(world({ blockcypher: { ...cypherTx(), hash: 'ef'.repeat(32) } }));
    expect(anchor?.code).toBe('anchor.explorer-lied');
  });

  it('a transaction signed for another chain, served as mainnet: not trusted', async () => {
    const ropsten = proxyTx();
    ropsten.result.v = '0x29'; // chain id 3
    const id = readRpcTransaction(ropsten.result)!.txId;
    const certificate = read('v2/ethereum-main-valid-2.0.json');
    certificate.signature.anchors[0].sourceId = id;
    const { result, anchor } = await verify({ ...world(), [txUrl(id)]: json(ropsten) }, { certificate });
    expect(anchor).toMatchObject({ outcome: 'error', code: 'anchor.explorer-lied' });
    expect(anchor?.detail).toContain('chain 3');
    expect(result.status).toBe('unverifiable');
  });

  it('an unconfirmed transaction: unverifiable', async () => {
    const pending = proxyTx();
    pending.result.blockHash = null;
    pending.result.blockNumber = null;
    const { result, anchor } = await verify(world({ blockscout: pending, blockcypher: { ...cypherTx(), block_height: -1 } }));
    expect(anchor?.code).toBe('anchor.unconfirmed');
    expect(result.status).toBe('unverifiable');
  });

  it('a transaction whose input is another root: invalid', async () => {
    const other = proxyTx();
    other.result.input = `0x${'ab'.repeat(32)}`;
    const id = readRpcTransaction(other.result)!.txId;
    const certificate = read('v2/ethereum-main-valid-2.0.json');
    certificate.signature.anchors[0].sourceId = id;
    const routes = { ...world(), [txUrl(id)]: json(other), [cypherUrl(id)]: json({ ...cypherTx(), hash: id.slice(2) }) };
    const { result, anchor } = await verify(routes, { certificate });
    expect(anchor).toMatchObject({ outcome: 'fail', code: 'anchor.root-mismatch' });
    expect(anchor?.detail).toContain('ab'.repeat(32));
    expect(result.status).toBe('invalid');
  });

  it('sent by an address the issuer does not list: invalid, as for Bitcoin', async () => {
    const other = profile();
    other.publicKey[0].id = 'ecdsa-koblitz-pubkey:0x0000000000000000000000000000000000000001';
    const { result, anchor } = await verify(world({ profile: other }));
    expect(anchor).toMatchObject({ outcome: 'fail', code: 'anchor.key-not-issuer' });
    expect(anchor?.detail).toContain(ISSUER_ADDRESS);
    expect(result.status).toBe('invalid');
  });

  it('sent by an issuer key created after the block: invalid', async () => {
    const late = profile();
    late.publicKey[0].created = '2018-06-02T00:00:00Z';
    const { result, anchor } = await verify(world({ profile: late }));
    expect(anchor).toMatchObject({ outcome: 'fail', code: 'anchor.key-not-valid-then' });
    expect(result.status).toBe('invalid');
  });

  it('the issuer profile unpublished (as on the web today): the anchor passes, the certificate stays unverifiable', async () => {
    const { [PROFILE]: _gone, ...routes } = world();
    const { result, anchor } = await verify(routes);
    expect(anchor).toMatchObject({ outcome: 'skip', code: 'anchor.not-checked' });
    expect(result.status).toBe('unverifiable');
  });

  it('Ropsten and Sepolia certificates are test certificates: never verified, no mainnet explorer asked', async () => {
    for (const file of ['v2/ethereum-ropsten-valid-2.0.json', 'v3/ethereum-sepolia-v3.json']) {
      const { result, anchor, http } = await verify(world(), { file });
      expect(anchor?.code, file).toBe('anchor.test-chain');
      expect(result.status, file).toBe('unverifiable');
      expect(
        http.requests.some((url) => EXPLORERS.test(url)),
        file,
      ).toBe(false);
    }
  });

  it('anchors off asks no explorer: anchor not checked, unverifiable', async () => {
    const { result, anchor, http } = await verify(world(), { anchors: false });
    expect(anchor).toMatchObject({ outcome: 'skip', code: 'anchor.not-checked' });
    expect(result.status).toBe('unverifiable');
    expect(http.requests.some((url) => EXPLORERS.test(url))).toBe(false);
  });
});
