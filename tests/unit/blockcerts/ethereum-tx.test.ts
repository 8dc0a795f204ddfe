import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRpcTransaction } from '../../../lib/formats/blockcerts/ethereum-tx';

const rpc = (path: string) => JSON.parse(readFileSync(`tests/fixtures/vectors/${path}`, 'utf8')).result;
const anchoring = () => rpc('blockcerts/explorers/etherscan_proxy_tx_a12c498c.json');

describe('an Ethereum transaction as an explorer reports it', () => {
  it('the Blockcerts mainnet anchor (legacy, EIP-155): hashes back to its id, carries the root, recovers its sender', () => {
    expect(readRpcTransaction(anchoring())).toEqual({
      txId: '0xa12c498c8fcf59ee2fe785c94c38be4797fb027e6450439a7ef30ad61d7616d3',
      input: 'ec049a808a09f3e8e257401e0898aa3d32a733706fd7d16aacf0ba95f7b42c0c',
      sender: '0x3d995ef85a8d1bcbed78182ab225b9f88dc8937c',
      chainId: 1n,
      block: { number: 5715803, hash: '0x43bc69984a1ef0b160eeb5bc9cbda4d6ea7cdc01645300c50f398f234acfb3ae' },
    });
  });

  it.each([
    ['EIP-2930 (access list)', 'get-access-list.json'],
    ['EIP-1559 (dynamic fee)', 'get-dynamic-fee.json'],
    ['legacy contract creation, EIP-155 with a large chain id', 'get-legacy-create.json'],
  ])('%s: hashes to the hash and recovers the sender the node reported', (_name, file) => {
    const answer = rpc(`ethereum/${file}`);
    const tx = readRpcTransaction(answer);
    expect(tx?.txId).toBe(answer.hash);
    expect(tx?.sender).toBe(answer.from);
    expect(tx?.chainId).toBe(BigInt(answer.chainId));
  });

  it.each([
    ['its input', { input: `0x${'ab'.repeat(32)}` }],
    ['its recipient', { to: '0x0000000000000000000000000000000000000000' }],
    ['its nonce', { nonce: '0x3' }],
    ['its signature', { s: '0x6e4f235ca308dee52160f0b90802dcde159e3b1ccca7d57330eff42d9783775c' }],
  ])('hashes to another id when an explorer changes %s', (_what, change) => {
    const tx = readRpcTransaction({ ...anchoring(), ...change });
    expect(tx?.txId).not.toBe('0xa12c498c8fcf59ee2fe785c94c38be4797fb027e6450439a7ef30ad61d7616d3');
  });

  it('a different sender claimed in `from` changes nothing: the sender is recovered, not read', () => {
    const tx = readRpcTransaction({ ...anchoring(), from: '0x0000000000000000000000000000000000000001' });
    expect(tx?.sender).toBe('0x3d995ef85a8d1bcbed78182ab225b9f88dc8937c');
  });

  it('an access list that is not one, an unknown type or a missing signature: not read', () => {
    const typed = rpc('ethereum/get-access-list.json');
    expect(readRpcTransaction({ ...typed, accessList: [{ address: 'nope', storageKeys: [] }] })).toBeUndefined();
    expect(readRpcTransaction({ ...anchoring(), type: '0x7f' })).toBeUndefined();
    expect(readRpcTransaction({ ...anchoring(), r: undefined })).toBeUndefined();
    expect(readRpcTransaction({ ...anchoring(), v: '0x1' })).toBeUndefined();
    expect(readRpcTransaction('0xa12c')).toBeUndefined();
  });

  it('a pending transaction has no block', () => {
    expect(readRpcTransaction({ ...anchoring(), blockHash: null, blockNumber: null })?.block).toBeUndefined();
  });
});
