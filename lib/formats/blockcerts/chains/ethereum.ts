import type { Session } from '../../../core/session';
import { isRecord } from '../../../util/json';
import { quantity, readRpcTransaction } from '../ethereum-tx';
import type { AnchorChain, AnchorExplorer, BlockPlace, ExplorerAnswer } from './types';

const MAINNET = 1n;
const BLOCKSCOUT = 'https://eth.blockscout.com/api?module=proxy';

/**
 * Blockscout's Etherscan-compatible proxy: the node's own transaction object (with its signature, so it is
 * re-hashed here), then its block for the timestamp. It learns the transaction id and its block number.
 */
const blockscout: AnchorExplorer = {
  name: 'eth.blockscout.com',
  async lookUp(txId: string, session: Session): Promise<ExplorerAnswer> {
    const name = 'eth.blockscout.com';
    const fetched = await session.getJson(`${BLOCKSCOUT}&action=eth_getTransactionByHash&txhash=${txId}`, 'credential');
    if (!fetched.ok) return { ok: false, code: 'anchor.explorer-failed', detail: `${name}: ${fetched.detail}` };
    const result = rpcResult(fetched.value);
    if (!isRecord(result)) return { ok: false, code: 'anchor.explorer-failed', detail: `${name} did not return transaction ${txId}` };
    const tx = readRpcTransaction(result);
    if (!tx)
      return {
        ok: false,
        code: 'anchor.explorer-lied',
        detail: `${name} answered with a transaction that hashes to nothing readable, not ${txId}`,
      };
    if (tx.chainId !== undefined && tx.chainId !== MAINNET)
      return {
        ok: false,
        code: 'anchor.explorer-lied',
        detail: `${name} answered with a transaction signed for chain ${tx.chainId}, not Ethereum mainnet`,
      };
    const anchoring = { txId: tx.txId, data: tx.input, ...(tx.sender ? { sender: tx.sender } : {}) };
    if (!tx.block) return { ok: true, tx: anchoring };
    const block = await blockOf(tx.block.number, session);
    if (!block.ok) return { ok: false, code: 'anchor.explorer-failed', detail: `${name}: block ${tx.block.number}: ${block.detail}` };
    if (block.place.hash !== tx.block.hash || block.place.height !== tx.block.number)
      return {
        ok: false,
        code: 'anchor.explorer-lied',
        detail: `${name} puts the transaction in block ${tx.block.number} (${tx.block.hash}) but answers block ${block.place.height} (${block.place.hash}) for it`,
      };
    return { ok: true, tx: anchoring, block: block.place };
  },
};

async function blockOf(number: number, session: Session): Promise<{ ok: true; place: BlockPlace } | { ok: false; detail: string }> {
  const fetched = await session.getJson(
    `${BLOCKSCOUT}&action=eth_getBlockByNumber&tag=0x${number.toString(16)}&boolean=false`,
    'credential',
  );
  if (!fetched.ok) return { ok: false, detail: fetched.detail };
  const block = rpcResult(fetched.value);
  const height = isRecord(block) ? quantity(block.number) : undefined;
  const time = isRecord(block) ? quantity(block.timestamp) : undefined;
  if (!isRecord(block) || height === undefined || time === undefined || !isHash(block.hash)) return { ok: false, detail: 'not a block' };
  return { ok: true, place: { hash: block.hash.toLowerCase(), height: Number(height), time: Number(time) * 1000 } };
}

/**
 * BlockCypher's own API: its view of the block (its transaction object carries no signature, so it
 * confirms where the transaction is and nothing else). It learns the transaction id.
 */
const blockcypher: AnchorExplorer = {
  name: 'api.blockcypher.com',
  async lookUp(txId: string, session: Session): Promise<ExplorerAnswer> {
    const name = 'api.blockcypher.com';
    const bare = txId.slice(2);
    const fetched = await session.getJson(`https://api.blockcypher.com/v1/eth/main/txs/${bare}`, 'credential');
    if (!fetched.ok) return { ok: false, code: 'anchor.explorer-failed', detail: `${name}: ${fetched.detail}` };
    const tx = fetched.value;
    if (!isRecord(tx) || typeof tx.hash !== 'string')
      return { ok: false, code: 'anchor.explorer-failed', detail: `${name} did not return transaction ${txId}` };
    if (tx.hash.toLowerCase().replace(/^0x/, '') !== bare)
      return { ok: false, code: 'anchor.explorer-lied', detail: `${name} answered about transaction ${tx.hash.slice(0, 80)}, not ${txId}` };
    const time = typeof tx.confirmed === 'string' ? Date.parse(tx.confirmed) : Number.NaN;
    const hash = typeof tx.block_hash === 'string' ? `0x${tx.block_hash.replace(/^0x/, '').toLowerCase()}` : undefined;
    const confirmed = Number.isSafeInteger(tx.block_height) && (tx.block_height as number) >= 0 && isHash(hash) && Number.isFinite(time);
    return confirmed ? { ok: true, block: { hash: hash as string, height: tx.block_height as number, time } } : { ok: true };
  },
};

export const ethereumMainnet: AnchorChain = {
  chain: 'ethereum',
  network: 'mainnet',
  label: 'Ethereum',
  transactionId: (raw) => (/^(?:0x)?[0-9a-f]{64}$/i.test(raw) ? `0x${raw.replace(/^0x/i, '').toLowerCase()}` : undefined),
  explorers: [blockscout, blockcypher],
  // Hex addresses, lower-case or EIP-55 mixed case: the same bytes.
  sameAddress: (a, b) => a.toLowerCase() === b.toLowerCase(),
};

/** A JSON-RPC answer's `result`, as the Etherscan-style proxy wraps it; undefined for an error. */
function rpcResult(value: unknown): unknown {
  if (!isRecord(value) || value.error !== undefined || !('result' in value)) return undefined;
  return value.result;
}

function isHash(value: unknown): value is string {
  return typeof value === 'string' && /^0x[0-9a-f]{64}$/i.test(value);
}
