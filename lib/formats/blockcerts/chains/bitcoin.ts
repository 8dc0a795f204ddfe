import type { Session } from '../../../core/session';
import { readEsploraTransaction } from '../bitcoin-tx';
import type { AnchorChain, AnchorExplorer, ExplorerAnswer } from './types';

/** An Esplora API (`/api/tx/<txid>`): the whole transaction and its block. Each operator learns the transaction id and nothing else. */
function esplora(name: string, base: string): AnchorExplorer {
  return {
    name,
    async lookUp(txId: string, session: Session): Promise<ExplorerAnswer> {
      const fetched = await session.getJson(`${base}/api/tx/${txId}`, 'credential');
      if (!fetched.ok) return { ok: false, code: 'anchor.explorer-failed', detail: `${name}: ${fetched.detail}` };
      const read = await readEsploraTransaction(fetched.value);
      if (!read)
        return {
          ok: false,
          code: 'anchor.explorer-lied',
          detail: `${name} answered with a transaction that hashes to nothing readable, not ${txId}`,
        };
      const { block, opReturn, issuingAddress, txId: hashed } = read;
      return {
        ok: true,
        tx: { txId: hashed, ...(opReturn ? { data: opReturn } : {}), ...(issuingAddress ? { sender: issuingAddress } : {}) },
        ...(block ? { block } : {}),
      };
    },
  };
}

export const bitcoinMainnet: AnchorChain = {
  chain: 'bitcoin',
  network: 'mainnet',
  label: 'Bitcoin',
  transactionId: (raw) => (/^[0-9a-f]{64}$/i.test(raw) ? raw.toLowerCase() : undefined),
  explorers: [esplora('blockstream.info', 'https://blockstream.info'), esplora('mempool.space', 'https://mempool.space')],
  // Base58 is case-sensitive.
  sameAddress: (a, b) => a === b,
};
